namespace IncidentPolicy.Validation;

/// <summary>One problem found in an input: where it is and what was expected.</summary>
/// <param name="Path">A JSON path into the input, e.g. <c>$.events[3].at</c> or <c>$.severities.P2.escalateTo</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record ValidationProblem(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
