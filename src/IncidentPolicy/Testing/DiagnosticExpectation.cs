using System.Linq;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Testing;

/// <summary>
/// The evaluation has (<see cref="Present"/>) or has not a diagnostic of a rule, at any instant or, with
/// <see cref="At"/>, at that instant.
/// </summary>
public sealed class DiagnosticExpectation : PolicyExpectation
{
    internal DiagnosticExpectation(string ruleId, bool present, Instant? at, ProblemLocation location)
        : base(EvaluationFields.Diagnostics, location)
    {
        RuleId = ruleId;
        Present = present;
        At = at;
    }

    /// <summary>The rule's ID, such as <c>IRP2001</c>.</summary>
    public string RuleId { get; }

    /// <summary>Whether the diagnostic is expected (<c>present</c>) or not (<c>absent</c>).</summary>
    public bool Present { get; }

    /// <summary>The instant the diagnostic is (or is not) at; <see langword="null"/> for any instant.</summary>
    public Instant? At { get; }

    internal override PolicyTestDifference? Compare(CaseOutcome outcome)
    {
        var ofRule = outcome.Evaluation.Diagnostics.Where(d => d.Id == RuleId).ToList();
        var matching = ofRule.Where(d => At is not { } at || d.At == at).ToList();
        var when = At is { } instant ? " at " + InstantJson.Format(instant) : string.Empty;
        if (Present == matching.Count > 0)
        {
            return null;
        }

        var expected = $"{RuleId} {(Present ? "reported" : "not reported")}{when}";
        var actual = Present
            ? ofRule.Count == 0 ? $"{RuleId} not reported" : $"{RuleId} reported only at {string.Join(", ", ofRule.Select(d => InstantJson.Format(d.At)))}"
            : string.Join("; ", matching.Select(d => $"{RuleId} reported at {InstantJson.Format(d.At)}: {d.Message}"));
        return Differs(expected, actual);
    }
}
