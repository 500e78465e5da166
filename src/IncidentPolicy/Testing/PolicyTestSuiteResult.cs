using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;

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

    /// <summary>The results to write, each checked: the argument of the writers.</summary>
    internal static List<PolicyTestSuiteResult> List(IEnumerable<PolicyTestSuiteResult> results, [CallerArgumentExpression(nameof(results))] string? parameter = null)
    {
        ArgumentNullException.ThrowIfNull(results, parameter);
        var list = results.ToList();
        return list.Any(r => r is null) ? throw new ArgumentException("A result of the list is null.", parameter) : list;
    }
}
