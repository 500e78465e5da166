using System.Collections.Immutable;

namespace IncidentPolicy.Testing;

/// <summary>The outcome of one case: every expectation the evaluation does not meet.</summary>
/// <param name="Case">The case run.</param>
/// <param name="Differences">Each expectation not met, in the order of the case's expectations; empty when the case passed.</param>
public sealed record PolicyTestCaseResult(PolicyTestCase Case, ImmutableArray<PolicyTestDifference> Differences)
{
    /// <summary>Whether the evaluation meets every expectation of the case.</summary>
    public bool Passed => Differences.IsDefaultOrEmpty;
}
