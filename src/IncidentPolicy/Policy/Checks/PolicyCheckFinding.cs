using IncidentPolicy.Validation;

namespace IncidentPolicy.Policy.Checks;

/// <summary>What a check found, before the analyzer gives it the check's configured severity.</summary>
/// <param name="Location">The setting it concerns, in the model's terms.</param>
/// <param name="Message">The formatted message.</param>
internal readonly record struct PolicyCheckFinding(ProblemLocation Location, string Message)
{
    /// <summary>The setting's JSON path in the policy document.</summary>
    public string Path => Location.ToString();
}
