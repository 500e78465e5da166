using IncidentPolicy.Validation;

namespace IncidentPolicy.Testing;

/// <summary>One expectation of a policy test case that the evaluation does not meet: what was expected and what the evaluation says.</summary>
/// <param name="Field">The field of the evaluation compared, as the evaluation result names it: <c>severity</c>, <c>deadlines.responseBy</c>, <c>diagnostics</c>, <c>notifications</c>, <c>checklist.channelOpened</c>, <c>messages.initialAlert</c>.</param>
/// <param name="Expected">What the test file expects, in words (a value is written as in JSON: <c>"P1"</c>, <c>null</c>).</param>
/// <param name="Actual">What the evaluation says, in the same words.</param>
/// <param name="Location">Where the expectation is written in the test file (<c>$.cases[0].expect.deadlines.responseBy</c>).</param>
public sealed record PolicyTestDifference(string Field, string Expected, string Actual, ProblemLocation Location)
{
    /// <summary>The difference as one line: <c>deadlines.responseBy: expected "2024-12-23T17:00:00Z", got "2024-12-23T18:00:00Z"</c>.</summary>
    /// <returns>The field, what was expected and what the evaluation says.</returns>
    public override string ToString() => $"{Field}: expected {Expected}, got {Actual}";
}
