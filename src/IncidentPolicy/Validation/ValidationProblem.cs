namespace IncidentPolicy.Validation;

/// <summary>One problem found in an input: where it is and what was expected.</summary>
/// <param name="Location">Where the problem is, in the model's terms; its text is the JSON path (<see cref="Path"/>).</param>
/// <param name="Message">What is wrong and what was expected, in the wording of docs/json-dialect.md.</param>
public sealed record ValidationProblem(ProblemLocation Location, string Message)
{
    /// <summary>The location as a JSON path into the input, e.g. <c>$.events[3].at</c> or <c>$.severities.P2.escalateTo</c>.</summary>
    public string Path => Location.ToString();

    /// <summary>The problem as one line: <c>$.severities.P2.escalateAfter: must be a positive duration, got "-PT1H"</c>.</summary>
    /// <returns>The path, a colon and the message.</returns>
    public override string ToString() => $"{Path}: {Message}";

}
