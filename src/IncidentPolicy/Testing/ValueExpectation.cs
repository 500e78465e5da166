using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Testing;

/// <summary>
/// A field of the evaluation has a value: <c>severity</c>, <c>peakSeverity</c>, <c>status</c>, <c>phase</c>,
/// <c>channel</c>, <c>nextEvaluationAt</c> or one of <c>deadlines</c>, compared as the evaluation result writes it
/// (a level by name, an enum value by its wire name, an instant in ISO-8601 UTC, <see langword="null"/> for <c>null</c>).
/// </summary>
public sealed class ValueExpectation : PolicyExpectation
{
    internal ValueExpectation(string field, string? expected, ProblemLocation location)
        : base(field, location) => Expected = expected;

    /// <summary>The expected value as the evaluation result writes it; <see langword="null"/> for <c>null</c>.</summary>
    public string? Expected { get; }

    internal override PolicyTestDifference? Compare(CaseOutcome outcome)
    {
        var actual = EvaluationFields.Read(outcome, Field);
        return string.Equals(actual, Expected, System.StringComparison.Ordinal) ? null : Differs(Quote.Json(Expected), Quote.Json(actual));
    }
}
