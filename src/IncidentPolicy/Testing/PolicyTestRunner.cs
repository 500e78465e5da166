using System;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Checklist;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Testing;

/// <summary>
/// Runs policy test files: each case's incident is evaluated at its instant with the file's policy, and each
/// expectation is compared with the result (and, when a case names them, with the checklist and the messages at
/// that instant). Pure: no clock, no I/O; the same suite gives the same results.
/// </summary>
public static class PolicyTestRunner
{
    /// <summary>Runs every case of <paramref name="suite"/>.</summary>
    /// <param name="suite">The suite, from <see cref="PolicyTestFile"/>.</param>
    /// <returns>Each case's result, in the suite's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="suite"/> is <see langword="null"/>.</exception>
    public static PolicyTestSuiteResult Run(PolicyTestSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var engine = ReferenceEquals(suite.Policy, ResponsePolicy.Default) ? PolicyEngine.Default : new PolicyEngine(suite.Policy);
        return Run(suite, engine);
    }

    /// <summary>Runs every case of <paramref name="suite"/> on an engine the host already has for the suite's policy.</summary>
    /// <param name="suite">The suite.</param>
    /// <param name="engine">An engine for <see cref="PolicyTestSuite.Policy"/> (with the host's custom rules, if any).</param>
    /// <returns>Each case's result, in the suite's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static PolicyTestSuiteResult Run(PolicyTestSuite suite, PolicyEngine engine)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(engine);
        var checklist = new Lazy<ChecklistEngine>(() => new ChecklistEngine(engine));
        var composer = new MessageComposer(engine);
        return new PolicyTestSuiteResult(suite, [.. suite.Cases.Select(testCase => Run(testCase, engine, checklist, composer))]);
    }

    private static PolicyTestCaseResult Run(PolicyTestCase testCase, PolicyEngine engine, Lazy<ChecklistEngine> checklist, MessageComposer composer)
    {
        var outcome = new CaseOutcome(testCase, engine.Evaluate(testCase.Incident, testCase.At), () => checklist.Value, composer);
        return new PolicyTestCaseResult(testCase, [.. testCase.Expectations.Select(e => e.Compare(outcome)).OfType<PolicyTestDifference>()]);
    }
}
