namespace IncidentPolicy.Policy.Checks;

/// <summary>What a check found, before the analyzer gives it the check's configured severity.</summary>
/// <param name="Path">A JSON path into the policy document.</param>
/// <param name="Message">The formatted message.</param>
internal readonly record struct PolicyCheckFinding(string Path, string Message);
