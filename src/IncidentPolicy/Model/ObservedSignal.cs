namespace IncidentPolicy.Model;

/// <summary>Something the responders saw while investigating, recorded with an <see cref="Events.Observation"/> event.</summary>
public enum ObservedSignal
{
    /// <summary>The error rate rose sharply.</summary>
    ErrorRateSpike,

    /// <summary>Latency rose.</summary>
    LatencyIncrease,

    /// <summary>Traffic is unusual: a spike or a drop.</summary>
    TrafficAnomaly,

    /// <summary>A resource is saturated: CPU, memory, connections, disk.</summary>
    ResourceSaturation,

    /// <summary>A deploy went out shortly before.</summary>
    RecentDeploy,

    /// <summary>A configuration changed shortly before.</summary>
    ConfigChange,

    /// <summary>The infrastructure changed shortly before.</summary>
    InfrastructureChange,

    /// <summary>A dependency (an external service, a database) is failing.</summary>
    DependencyFailing,

    /// <summary>A DNS or certificate problem.</summary>
    DnsOrCertificate,

    /// <summary>Memory grows over time.</summary>
    MemoryGrowth,

    /// <summary>Data is inconsistent.</summary>
    DataInconsistency,
}
