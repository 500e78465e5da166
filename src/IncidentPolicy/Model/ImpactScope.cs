namespace IncidentPolicy.Model;

/// <summary>What is broken (the second question of triage, <c>docs/procedure.md</c>).</summary>
public enum ImpactScope
{
    /// <summary>Not known yet; classified as <see cref="Outage"/> ("when in doubt, over-classify").</summary>
    Unknown = 0,

    /// <summary>The service is completely unavailable.</summary>
    Outage,

    /// <summary>Core functionality is severely impaired.</summary>
    CoreSeverelyImpaired,

    /// <summary>Core functionality is degraded.</summary>
    CoreDegraded,

    /// <summary>Non-core functionality is broken.</summary>
    NonCore,

    /// <summary>A cosmetic issue, or one with a workaround.</summary>
    Cosmetic,
}
