namespace IncidentPolicy.Model;

/// <summary>
/// How far the response has come (the procedure's "current status"), in order: the phase is the furthest reached and
/// never goes back (a cause identified after a mitigation keeps <see cref="Mitigating"/>).
/// </summary>
public enum IncidentPhase
{
    /// <summary>From detection: the cause is being looked for.</summary>
    Investigating,

    /// <summary>After a <c>causeIdentified</c>: the cause is known.</summary>
    Identified,

    /// <summary>After a <c>mitigationApplied</c>: a fix or a workaround is being applied.</summary>
    Mitigating,

    /// <summary>After <c>resolved</c>.</summary>
    Resolved,
}
