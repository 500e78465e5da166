using System;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using NRules.Fluent.Dsl;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>An engine reuses its NRules sessions: what was evaluated before never shows in a result.</summary>
public sealed class SessionReuseTests
{
    private static readonly (IncidentRecord Record, Instant At)[] Cases =
    [
        .. Repository.SampleIncidentNames
            .Select(name => IncidentJson.ReadIncident(Repository.SampleIncident(name)))
            .Select(record => (record, record.DetectedAt + Duration.FromHours(26))),
        (Incidents.Record("10:00", Incidents.P2Impact), T.Of("17:00")),
        (Incidents.Record("10:00", Incidents.P3Impact, new Acknowledged(T.Of("10:05"), "bob")), T.Of("10:30")),
        (Incidents.Record("10:00", Incidents.P1Impact, new Resolved(T.Of("10:20")), new ReviewCompleted(T.Of("11:00"))), T.Of("12:00")),
    ];

    [Fact]
    public void Evaluating_in_any_order_on_one_engine_gives_what_a_new_engine_gives()
    {
        var expected = Cases.Select(c => Render.WithoutEvaluatedAt(new PolicyEngine(ResponsePolicy.Default).Evaluate(c.Record, c.At))).ToArray();
        var engine = new PolicyEngine(ResponsePolicy.Default);

        foreach (var i in Enumerable.Range(0, Cases.Length).Concat(Enumerable.Range(0, Cases.Length).Reverse()).Concat([2, 2, 0, 5, 1]))
        {
            Assert.Equal(expected[i], Render.WithoutEvaluatedAt(engine.Evaluate(Cases[i].Record, Cases[i].At)));
        }
    }

    [Fact]
    public void Evaluations_in_parallel_on_one_engine_give_what_one_at_a_time_gives()
    {
        var engine = new PolicyEngine(ResponsePolicy.Default);
        var expected = Cases.Select(c => Render.WithoutEvaluatedAt(engine.Evaluate(c.Record, c.At))).ToArray();

        var actual = Enumerable.Range(0, 400).AsParallel().Select(i => (i % Cases.Length, Render.WithoutEvaluatedAt(engine.Evaluate(Cases[i % Cases.Length].Record, Cases[i % Cases.Length].At)))).ToList();

        Assert.All(actual, a => Assert.Equal(expected[a.Item1], a.Item2));
    }

    [Fact]
    public void A_session_left_by_a_failing_rule_is_not_reused()
    {
        var engine = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<FailsOnBoomRule>().Build());
        var fresh = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<FailsOnBoomRule>().Build());
        var boom = new IncidentRecord("INC-B", "boom", T.Of("10:00"), Incidents.P1Impact);
        var (record, at) = Cases[^3];

        Assert.ThrowsAny<Exception>(() => engine.Evaluate(boom, T.Of("11:00")));

        Assert.Equal(Render.WithoutEvaluatedAt(fresh.Evaluate(record, at)), Render.WithoutEvaluatedAt(engine.Evaluate(record, at)));
    }
}

/// <summary>A custom rule that fails while the session holds the incident's facts.</summary>
public sealed class FailsOnBoomRule() : CustomPolicyRule(FailsOnBoom)
{
    private static readonly RuleDescriptor FailsOnBoom = new(
        "TEST0001", "Fails on boom", "{0}", "Triage", RuleSeverity.Warning, "https://wiki.example/TEST0001");

    public override void Define()
    {
        IncidentDetected detected = null!;

        When()
            .Match(() => detected, d => d.Incident.Title == "boom");

        Then()
            .Do(ctx => Fail());
    }

    private static void Fail() => throw new InvalidOperationException("boom");
}
