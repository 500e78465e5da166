using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Advice;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Advice;

/// <summary>The checks of advisor tables: every problem is reported at once, each with its exact path under <c>$.advisor</c> and its message.</summary>
public sealed class AdvisorTablesCheckTests
{
    private const string Steps = "expected dashboards, deploys, logs, hypothesis or test";

    private const string Signals =
        "expected errorRateSpike, latencyIncrease, trafficAnomaly, resourceSaturation, recentDeploy, configChange, "
        + "infrastructureChange, dependencyFailing, dnsOrCertificate, memoryGrowth or dataInconsistency";

    private const string Text = "missing: expected a text";

    private static (string Path, string Message)[] Problems(
        InvestigationStepAdvice[] steps, HypothesisAdvice[] hypotheses, MitigationAdvice[] mitigations) =>
        [.. Assert.Throws<InvalidPolicyException>(() => new AdvisorTables(steps, hypotheses, mitigations)).Problems.Select(p => (p.Path, p.Message))];

    private static MitigationAdvice Mitigation(string key) => new(key, "Title", "When", "How", "Risk");

    [Fact]
    public void Every_problem_of_the_steps_is_reported_with_its_path_and_message()
    {
        var problems = Problems(
            [
                new("coffee", "Make coffee", ["beans"]),
                new("logs", " ", []),
                new("logs", "Logs again", ["Stack traces", ""]),
                new(null!, "No key", default),
            ],
            [],
            []);

        Assert.Equal(
            [
                ("$.advisor.steps[0].step", $"unknown step \"coffee\"; {Steps}"),
                ("$.advisor.steps[1].title", Text),
                ("$.advisor.steps[1].lookFor", "missing: expected at least one entry"),
                ("$.advisor.steps[2].step", "step \"logs\" is listed twice"),
                ("$.advisor.steps[2].lookFor[1]", Text),
                ("$.advisor.steps[3].step", $"unknown step \"\"; {Steps}"),
                ("$.advisor.steps[3].lookFor", "missing: expected at least one entry"),
            ],
            problems);
    }

    [Fact]
    public void Every_problem_of_the_mitigations_is_reported_with_its_path_and_message()
    {
        var problems = Problems(
            [],
            [],
            [
                new("rollback", "", " ", "", "\t", ["coffeeSpill", null!]),
                Mitigation("rollback"),
                Mitigation(" "),
            ]);

        Assert.Equal(
            [
                ("$.advisor.mitigations[0].title", Text),
                ("$.advisor.mitigations[0].whenToUse", Text),
                ("$.advisor.mitigations[0].how", Text),
                ("$.advisor.mitigations[0].risk", Text),
                ("$.advisor.mitigations[0].offeredWith[0]", $"unknown signal \"coffeeSpill\"; {Signals}"),
                ("$.advisor.mitigations[0].offeredWith[1]", $"unknown signal \"\"; {Signals}"),
                ("$.advisor.mitigations[1].key", "mitigation \"rollback\" is listed twice"),
                ("$.advisor.mitigations[2].key", "missing: expected the mitigation's key"),
            ],
            problems);
    }

    [Fact]
    public void Every_problem_of_the_hypotheses_is_reported_with_its_path_and_message()
    {
        var problems = Problems(
            [],
            [
                new("stuck", "", default, " ", default, ""),
                new("stuck", "Stuck again", [], "Look", ["rollback", "exorcism", null!]),
                new(" ", "No key", ["errorRateSpike", "spookyNoise"], "Listen", ["rollback"]),
            ],
            [Mitigation("rollback")]);

        Assert.Equal(
            [
                ("$.advisor.hypotheses[0].title", Text),
                ("$.advisor.hypotheses[0].signals", "missing: expected at least one signal"),
                ("$.advisor.hypotheses[0].howToTest", Text),
                ("$.advisor.hypotheses[0].reminder", Text),
                ("$.advisor.hypotheses[1].key", "hypothesis \"stuck\" is listed twice"),
                ("$.advisor.hypotheses[1].signals", "missing: expected at least one signal"),
                ("$.advisor.hypotheses[1].mitigations[1]", "unknown mitigation \"exorcism\"; expected rollback"),
                ("$.advisor.hypotheses[1].mitigations[2]", "unknown mitigation \"\"; expected rollback"),
                ("$.advisor.hypotheses[2].key", "missing: expected the hypothesis's key"),
                ("$.advisor.hypotheses[2].signals[1]", $"unknown signal \"spookyNoise\"; {Signals}"),
            ],
            problems);
    }

    [Fact]
    public void An_unknown_mitigation_is_told_the_mitigation_keys_once_each_without_the_blank_ones()
    {
        var problems = Problems(
            [],
            [new("stuck", "Stuck", ["memoryGrowth"], "Look", ["restrat"])],
            [Mitigation("restart"), Mitigation("rollback"), Mitigation("restart"), Mitigation(" ")]);

        Assert.Equal(
            [
                ("$.advisor.mitigations[2].key", "mitigation \"restart\" is listed twice"),
                ("$.advisor.mitigations[3].key", "missing: expected the mitigation's key"),
                ("$.advisor.hypotheses[0].mitigations[0]", "unknown mitigation \"restrat\"; expected restart or rollback"),
            ],
            problems);
    }

    [Fact]
    public void The_problems_of_every_table_are_reported_at_once_steps_then_mitigations_then_hypotheses()
    {
        var problems = Problems(
            [new("logs", "", ["Stack traces"])],
            [new("stuck", "Stuck", ["memoryGrowth"], "", ["restart"])],
            [new("restart", "Restart", "Stuck", "", "Capacity")]);

        Assert.Equal(
            [
                ("$.advisor.steps[0].title", Text),
                ("$.advisor.mitigations[0].how", Text),
                ("$.advisor.hypotheses[0].howToTest", Text),
            ],
            problems);
    }

    [Fact]
    public void A_hypothesis_without_mitigations_or_reminder_and_a_mitigation_offered_by_a_signal_are_valid_and_advised()
    {
        var tables = new AdvisorTables(
            [new("logs", "Read the logs", ["Stack traces"])],
            [new("stuck", "A process is stuck", ["memoryGrowth"], "Look at the threads.", default)],
            [new("cacheClear", "Cache clear", "Stale data", "Flush it", "Origin load", ["dataInconsistency"])]);

        // Its mitigations left default, a supported hypothesis offers none (the advisor used to throw on it).
        Assert.Empty(tables.Hypotheses[0].Mitigations);
        Assert.Equal(["dataInconsistency"], tables.Mitigations[0].OfferedWith.ToArray());
        Assert.Equal(["cacheClear"], new Advisor(tables).Advise([], ["dataInconsistency"]).Mitigations.Select(m => m.Key));
        Assert.Empty(new Advisor(tables).Advise([], ["memoryGrowth"]).Mitigations);
        Assert.Equal("stuck", Assert.Single(new Advisor(tables).Advise([], ["memoryGrowth"]).Hypotheses, h => h.IsSupported).Hypothesis.Key);
    }

    [Fact]
    public void Tables_or_entries_that_are_null_are_refused_as_arguments()
    {
        ImmutableArray<InvestigationStepAdvice> steps = [];
        Assert.Equal("steps", Assert.Throws<System.ArgumentNullException>(() => new AdvisorTables(null!, [], [])).ParamName);
        Assert.Equal("hypotheses", Assert.Throws<System.ArgumentNullException>(() => new AdvisorTables(steps, null!, [])).ParamName);
        Assert.Equal("mitigations", Assert.Throws<System.ArgumentNullException>(() => new AdvisorTables(steps, [], null!)).ParamName);

        var builder = AdvisorTables.Default.ToBuilder();
        Assert.Equal("step", Assert.Throws<System.ArgumentNullException>(() => builder.Step(null!)).ParamName);
        Assert.Equal("hypothesis", Assert.Throws<System.ArgumentNullException>(() => builder.Hypothesis(null!)).ParamName);
        Assert.Equal("mitigation", Assert.Throws<System.ArgumentNullException>(() => builder.Mitigation(null!)).ParamName);
        Assert.Equal(AdvisorTables.Default, builder.Build());
    }
}
