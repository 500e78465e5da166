namespace IncidentPolicy.Policy;

/// <summary>
/// The configured severity of a rule, as in <c>.editorconfig</c>: <see cref="None"/> disables it.
/// </summary>
public enum RuleSeverity
{
    /// <summary>The rule is off: it produces nothing (see each rule's page for what that means).</summary>
    None,

    /// <summary>Reported as information.</summary>
    Info,

    /// <summary>Reported as a warning.</summary>
    Warning,

    /// <summary>Reported as an error.</summary>
    Error,
}
