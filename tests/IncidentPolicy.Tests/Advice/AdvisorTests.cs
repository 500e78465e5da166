using System;
using System.Linq;
using IncidentPolicy.Advice;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Advice;

/// <summary>The advisor: the next step, hypotheses ranked by distinct supporting signals (ties in the table's order), the mitigations of the supported ones.</summary>
public sealed class AdvisorTests
{
    private static InvestigationAdvice Advise(string[] steps, params string[] signals) => Advisor.Default.Advise(steps, signals);

    [Fact]
    public void With_nothing_recorded_the_next_step_is_the_dashboards_and_every_hypothesis_is_unsupported_in_the_tables_order()
    {
        var advice = Advise([]);

        Assert.Equal("dashboards", advice.NextStep!.Key);
        Assert.Contains("Error rate spikes (when exactly did they start?)", advice.NextStep.LookFor);
        Assert.Equal(
            ["badDeploy", "databaseOverloaded", "dependencyDown", "trafficSpike", "dnsOrCertificate", "memoryLeak", "dataCorruption"],
            advice.Hypotheses.Select(h => h.Hypothesis.Key));
        Assert.All(advice.Hypotheses, h => Assert.False(h.IsSupported));
        Assert.Empty(advice.Mitigations);
        Assert.Empty(advice.Reminders);
    }

    [Fact]
    public void The_next_step_is_the_first_not_recorded_in_the_procedures_order_and_none_when_all_are()
    {
        Assert.Equal("logs", Advise(["dashboards", "deploys", "test"]).NextStep!.Key);
        Assert.Null(Advise(["test", "hypothesis", "logs", "deploys", "dashboards"]).NextStep);
    }

    [Fact]
    public void Hypotheses_are_ranked_by_distinct_supporting_signals()
    {
        var advice = Advise([], "resourceSaturation", "latencyIncrease", "errorRateSpike", "latencyIncrease");

        Assert.Equal(
            ["databaseOverloaded", "badDeploy", "dependencyDown", "trafficSpike", "memoryLeak", "dnsOrCertificate", "dataCorruption"],
            advice.Hypotheses.Select(h => h.Hypothesis.Key));
        Assert.Equal(["resourceSaturation", "latencyIncrease"], advice.Hypotheses[0].SupportingSignals.ToArray());
        Assert.Equal([true, true, true, true, true, false, false], advice.Hypotheses.Select(h => h.IsSupported));
        Assert.Equal(["resourceSaturation", "latencyIncrease", "errorRateSpike"], advice.Signals.ToArray());
    }

    [Fact]
    public void Ties_keep_the_procedures_order_whatever_order_the_signals_came_in()
    {
        // errorRateSpike supports bad deploy and dependency down once each; trafficAnomaly supports traffic spike once.
        var advice = Advise([], "trafficAnomaly", "errorRateSpike");

        Assert.Equal(["badDeploy", "dependencyDown", "trafficSpike"], advice.Hypotheses.Where(h => h.IsSupported).Select(h => h.Hypothesis.Key));
    }

    [Fact]
    public void Mitigations_of_the_supported_hypotheses_are_listed_once_each_in_ranking_order()
    {
        var advice = Advise([], "trafficAnomaly", "resourceSaturation", "latencyIncrease");

        // databaseOverloaded (2) and trafficSpike (2) tie, then memoryLeak (1): scaling and shedding once each.
        Assert.Equal(["horizontalScaling", "trafficShedding", "databaseFailover", "restart"], advice.Mitigations.Select(m => m.Key));
        var scaling = advice.Mitigations[0];
        Assert.Equal("Service overwhelmed by traffic", scaling.WhenToUse);
        Assert.Equal("Increased cost; may not help if bottleneck is downstream", scaling.Risk);
    }

    [Fact]
    public void A_data_inconsistency_suggests_data_corruption_offers_rollback_and_cache_clear_and_reminds_that_it_is_P0()
    {
        var advice = Advise([], "dataInconsistency");

        Assert.Equal("dataCorruption", advice.Hypotheses[0].Hypothesis.Key);
        Assert.Equal(["rollback", "cacheClear"], advice.Mitigations.Select(m => m.Key));
        Assert.Contains("P0", Assert.Single(advice.Reminders), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_tables_hold_the_procedures_five_steps_seven_hypotheses_and_ten_mitigations()
    {
        var tables = AdvisorTables.Default;

        Assert.Equal(["dashboards", "deploys", "logs", "hypothesis", "test"], tables.Steps.Select(s => s.Key));
        Assert.Equal(7, tables.Hypotheses.Length);
        Assert.Equal(10, tables.Mitigations.Length);
        Assert.All(tables.Mitigations, m => Assert.False(string.IsNullOrWhiteSpace(m.How)));
    }

    [Fact]
    public void A_team_extends_the_tables_a_new_hypothesis_ranks_after_the_procedures_on_a_tie()
    {
        var tables = AdvisorTables.Default.ToBuilder()
            .Mitigation(new MitigationAdvice("drainQueue", "Drain the queue", "A queue is backed up", "Add consumers", "Load on the database"))
            .Hypothesis(new HypothesisAdvice("queueBacklog", "A queue is backed up", ["latencyIncrease"], "Check the queue's depth.", ["drainQueue"]))
            .Build();

        var advice = new Advisor(tables).Advise([], ["latencyIncrease"]);

        Assert.Equal(["databaseOverloaded", "memoryLeak", "queueBacklog"], advice.Hypotheses.Where(h => h.IsSupported).Select(h => h.Hypothesis.Key));
        Assert.Equal("drainQueue", advice.Mitigations[^1].Key);
    }

    [Fact]
    public void A_team_replaces_a_hypothesis_in_place_and_its_tie_order_is_kept()
    {
        var tables = AdvisorTables.Default.ToBuilder()
            .Hypothesis(new HypothesisAdvice("badDeploy", "A release broke it", ["recentDeploy"], "Diff the release.", ["rollback"]))
            .Build();

        Assert.Equal("A release broke it", tables.Hypotheses[0].Title);
        Assert.Equal(7, tables.Hypotheses.Length);
        var advice = new Advisor(tables).Advise([], ["errorRateSpike", "recentDeploy"]);
        Assert.Equal(["badDeploy", "dependencyDown"], advice.Hypotheses.Where(h => h.IsSupported).Select(h => h.Hypothesis.Key));
    }

    [Fact]
    public void A_team_replaces_the_tables_whole()
    {
        var tables = AdvisorTables.Default.ToBuilder()
            .ClearSteps().ClearHypotheses().ClearMitigations()
            .Step(new InvestigationStepAdvice("logs", "Read the logs", ["Stack traces"]))
            .Mitigation(new MitigationAdvice("restart", "Restart", "Stuck", "Restart it", "Capacity"))
            .Hypothesis(new HypothesisAdvice("stuck", "A process is stuck", ["memoryGrowth"], "Look at the threads.", ["restart"]))
            .Build();

        var advice = new Advisor(tables).Advise(["logs"], ["memoryGrowth"]);

        Assert.Null(advice.NextStep);
        Assert.Equal("stuck", Assert.Single(advice.Hypotheses).Hypothesis.Key);
        Assert.Equal("restart", Assert.Single(advice.Mitigations).Key);
    }

    [Fact]
    public void Invalid_tables_are_refused_with_every_problem_at_its_place()
    {
        var builder = AdvisorTables.Default.ToBuilder()
            .Step(new InvestigationStepAdvice("coffee", "Make coffee", ["beans"]))
            .Hypothesis(new HypothesisAdvice("ghost", "", ["spookyNoise"], "Call someone.", ["exorcism"]))
            .RemoveMitigation("restart");

        var e = Assert.Throws<InvalidPolicyException>(builder.Build);

        Assert.Equal(
            [
                "$.advisor.steps[5].step",
                "$.advisor.hypotheses[5].mitigations[0]",
                "$.advisor.hypotheses[7].title",
                "$.advisor.hypotheses[7].signals[0]",
                "$.advisor.hypotheses[7].mitigations[0]",
            ],
            e.Problems.Select(p => p.Path));
        Assert.Contains("unknown signal \"spookyNoise\"", e.Problems[3].Message, System.StringComparison.Ordinal);
        Assert.Contains("unknown mitigation \"restart\"", e.Problems[1].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_key_and_a_hypothesis_without_signals_are_problems()
    {
        var e = Assert.Throws<InvalidPolicyException>(() => new AdvisorTables(
            [new InvestigationStepAdvice("logs", "Logs", ["x"]), new InvestigationStepAdvice("logs", "Logs again", ["y"])],
            [new HypothesisAdvice("h", "H", [], "Test", [])],
            [new MitigationAdvice("m", "M", "w", "h", "r"), new MitigationAdvice("m", "M", "w", "h", "r")]));

        Assert.Equal(["$.advisor.steps[1].step", "$.advisor.mitigations[1].key", "$.advisor.hypotheses[0].signals"], e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void The_policy_builder_carries_the_tables_and_reports_their_problems_with_the_policys()
    {
        var policy = IncidentPolicy.Policy.ResponsePolicy.CreateBuilder().Advisor(a => a.RemoveHypothesis("dnsOrCertificate")).Build();
        Assert.Equal(6, policy.Advisor.Hypotheses.Length);
        Assert.Equal(6, policy.ToBuilder().Build().Advisor.Hypotheses.Length);

        var e = Assert.Throws<InvalidPolicyException>(() => IncidentPolicy.Policy.ResponsePolicy.CreateBuilder()
            .Advisor(a => a.RemoveMitigation("circuitBreaker"))
            .RequiresChannel("P1", "SEV9")
            .Build());
        Assert.Equal(["$.checklist.requiresChannel[1]", "$.advisor.hypotheses[2].mitigations[0]"], e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void From_a_record_only_the_steps_and_signals_up_to_the_instant_and_before_resolution_count()
    {
        var incident = Incidents.Record(
            "14:00",
            Incidents.P1Impact,
            new InvestigationStep(T.Of("14:05"), MethodologyStep.Dashboards),
            new Observation(T.Of("14:06"), ObservedSignal.ErrorRateSpike),
            new Observation(T.Of("14:20"), ObservedSignal.DataInconsistency),
            new Resolved(T.Of("14:30")),
            new InvestigationStep(T.Of("14:35"), MethodologyStep.Deploys),
            new Observation(T.Of("14:36"), ObservedSignal.MemoryGrowth));

        var atDetection = Advisor.Default.Advise(incident, T.Of("14:00"));
        var during = Advisor.Default.Advise(incident, T.Of("14:10"));
        var after = Advisor.Default.Advise(incident, T.Of("15:00"));

        Assert.Equal("dashboards", atDetection.NextStep!.Key);
        Assert.Empty(atDetection.Signals);
        Assert.Equal(("INC-1", T.Of("14:00")), (atDetection.IncidentId, atDetection.At));
        Assert.Equal("deploys", during.NextStep!.Key);
        Assert.Equal(["errorRateSpike"], during.Signals.ToArray());
        Assert.Equal(("INC-1", T.Of("14:10")), (during.IncidentId, during.At));
        Assert.Equal("deploys", after.NextStep!.Key);
        Assert.Equal(["errorRateSpike", "dataInconsistency"], after.Signals.ToArray());
        Assert.Equal(["badDeploy", "dependencyDown", "dataCorruption"], after.Hypotheses.Where(h => h.IsSupported).Select(h => h.Hypothesis.Key));
    }

    [Fact]
    public void Advice_before_the_detection_is_refused_naming_the_instant_and_the_incident()
    {
        var incident = Incidents.Record("14:00", Incidents.P1Impact);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Advisor.Default.Advise(incident, T.Of("13:59")));

        Assert.Equal("at", e.ParamName);
        Assert.StartsWith(
            "The instant 2024-03-15T13:59:00Z is before incident 'INC-1' was detected (2024-03-15T14:00:00Z).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("tables", Assert.Throws<ArgumentNullException>(() => new Advisor(null!)).ParamName);
        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => Advisor.Default.Advise(null!, T.Of("14:00"))).ParamName);
        Assert.Equal("recordedSteps", Assert.Throws<ArgumentNullException>(() => Advisor.Default.Advise(null!, [])).ParamName);
        Assert.Equal("signals", Assert.Throws<ArgumentNullException>(() => Advisor.Default.Advise([], null!)).ParamName);
    }

    [Fact]
    public void A_hypothesis_s_mitigations_or_a_mitigation_s_signals_set_to_default_with_with_are_none()
    {
        var hypothesis = new HypothesisAdvice("stuck", "A process is stuck", ["memoryGrowth"], "Look at the threads.", ["restart"]) with { Mitigations = default };
        var mitigation = new MitigationAdvice("restart", "Restart", "Stuck", "Restart it", "Capacity", ["memoryGrowth"]) with { OfferedWith = default };
        var tables = AdvisorTables.Default.ToBuilder()
            .ClearSteps().ClearHypotheses().ClearMitigations()
            .Step(new InvestigationStepAdvice("logs", "Read the logs", ["Stack traces"]))
            .Mitigation(mitigation)
            .Hypothesis(hypothesis)
            .Build();

        var advice = new Advisor(tables).Advise([], ["memoryGrowth"]);

        Assert.Equal((0, 0), (hypothesis.Mitigations.Length, mitigation.OfferedWith.Length));
        Assert.True(Assert.Single(advice.Hypotheses).IsSupported);
        Assert.Empty(advice.Mitigations);
    }
}
