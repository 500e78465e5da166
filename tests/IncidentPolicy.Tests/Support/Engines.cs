using System;
using System.Threading;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Tests.Support;

internal static class Engines
{
    /// <summary>
    /// Set by tests/mutation/run.sh: each test compiles its own engine for the default policy instead of sharing
    /// <see cref="PolicyEngine.Default"/>. A rule's conditions are compiled once per engine, so with one engine per
    /// process only the first test to use it runs the rule's <c>Define</c>, and a mutation tool that records which
    /// tests reach which line would test a mutated condition with that one test only.
    /// </summary>
    private static readonly bool EnginePerTest = Environment.GetEnvironmentVariable("INCIDENTPOLICY_ENGINE_PER_TEST") == "1";

    /// <summary>The engine of the running test; xunit starts each test in a fresh async flow, so it is not seen by the next.</summary>
    private static readonly AsyncLocal<PolicyEngine?> TestEngine = new();

    public static PolicyEngine Default => EnginePerTest ? TestEngine.Value ??= new PolicyEngine(ResponsePolicy.Default) : PolicyEngine.Default;

    public static PolicyEvaluation Evaluate(this IncidentRecord incident, string at) => Default.Evaluate(incident, T.Of(at));

    public static PolicyEvaluation Evaluate(this IncidentRecord incident, Instant at) => Default.Evaluate(incident, at);

    public static PolicyEngine With(RuleSeverityOverrides overrides)
    {
        var p = ResponsePolicy.Default;
        return new PolicyEngine(new ResponsePolicy(p.Levels, p.Classification, p.Calendar, p.RecipientChannels, overrides));
    }

    public static PolicyEngine With(BusinessCalendar calendar)
    {
        var p = ResponsePolicy.Default;
        return new PolicyEngine(new ResponsePolicy(p.Levels, p.Classification, calendar, p.RecipientChannels, p.RuleSeverities));
    }
}
