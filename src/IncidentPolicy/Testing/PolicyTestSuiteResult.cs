using System.Collections.Immutable;
using System.Linq;

namespace IncidentPolicy.Testing;

/// <summary>The outcome of one policy test file: each case's result, in the file's order.</summary>
/// <param name="Suite">The file run.</param>
/// <param name="Cases">The result of each case.</param>
public sealed record PolicyTestSuiteResult(PolicyTestSuite Suite, ImmutableArray<PolicyTestCaseResult> Cases)
{
    /// <summary>The number of cases that passed.</summary>
    public int Passed => Cases.Count(c => c.Passed);

    /// <summary>The number of cases that failed.</summary>
    public int Failed => Cases.Length - Passed;
}
