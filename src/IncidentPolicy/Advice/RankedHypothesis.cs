using System.Linq;
using System.Collections.Immutable;

namespace IncidentPolicy.Advice;

/// <summary>A hypothesis of an <see cref="InvestigationAdvice"/> with the recorded signals that support it.</summary>
/// <param name="Hypothesis">The hypothesis, with how to test it.</param>
/// <param name="SupportingSignals">The distinct recorded signals that support it, in the hypothesis's order; empty when none does.</param>
public sealed record RankedHypothesis(HypothesisAdvice Hypothesis, ImmutableArray<string> SupportingSignals)
{
    /// <summary>Whether a recorded signal supports it.</summary>
    public bool IsSupported => !SupportingSignals.IsEmpty;

    /// <inheritdoc />
    public bool Equals(RankedHypothesis? other) =>
        other is not null && Hypothesis.Equals(other.Hypothesis) && SupportingSignals.SequenceEqual(other.SupportingSignals);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Hypothesis, SupportingSignals.Length);
}
