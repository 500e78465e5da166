namespace IncidentPolicy.Model;

/// <summary>The steps of the investigation method of the procedure (<c>docs/procedure.md</c>), in its order.</summary>
public enum MethodologyStep
{
    /// <summary>Checked the dashboards: error rates, latency, traffic, resources.</summary>
    Dashboards,

    /// <summary>Checked recent deploys and configuration changes.</summary>
    Deploys,

    /// <summary>Read the logs: errors, stack traces, unusual patterns.</summary>
    Logs,

    /// <summary>Formed a hypothesis about the cause.</summary>
    Hypothesis,

    /// <summary>Tested the hypothesis.</summary>
    Test,
}
