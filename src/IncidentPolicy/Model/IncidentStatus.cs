namespace IncidentPolicy.Model;

/// <summary>Where an incident stands at the evaluation instant.</summary>
public enum IncidentStatus
{
    /// <summary>Detected and not yet mitigated or resolved.</summary>
    Open,

    /// <summary>At least one mitigation was applied; not resolved yet.</summary>
    Mitigated,

    /// <summary>Resolved.</summary>
    Resolved,
}
