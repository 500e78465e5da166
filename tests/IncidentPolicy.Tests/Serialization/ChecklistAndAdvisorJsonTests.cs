using System.Linq;
using IncidentPolicy.Advice;
using IncidentPolicy.Checklist;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>The policy document's <c>checklist</c> and <c>advisor</c> sections: each key read, written back, and every bad input located.</summary>
public sealed class ChecklistAndAdvisorJsonTests
{
    private const string QueueHypothesis = """
        { "key": "queueBacklog", "title": "A queue is backed up", "signals": ["latencyIncrease"],
          "howToTest": "Check the queue's depth.", "mitigations": ["horizontalScaling"], "reminder": "Tell the owners." }
        """;

    private static string[] PathsOf(string json) =>
        [.. Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride(json)).Problems.Select(p => p.Path).Order(System.StringComparer.Ordinal)];

    [Fact]
    public void The_checklist_section_sets_the_triage_time_and_the_levels_that_need_a_channel()
    {
        var policy = PolicyJson.ReadOverride("""{ "checklist": { "triageWithin": "PT10M", "requiresChannel": ["P0", "P1"] } }""");

        Assert.Equal(PolicyDuration.Within(Duration.FromMinutes(10)), policy.Checklist.TriageWithin);
        Assert.Equal(["P0", "P1"], policy.Checklist.RequiresChannel!.Value.ToArray());
        Assert.False(policy.Checklist.ChannelRequiredAt("P2"));
    }

    [Fact]
    public void Triage_can_be_allowed_business_days_and_no_level_may_need_a_channel()
    {
        var policy = PolicyJson.ReadOverride("""{ "checklist": { "triageWithin": { "businessDays": 1 }, "requiresChannel": [] } }""");

        Assert.Equal(1, policy.Checklist.TriageWithin.BusinessDayCount);
        Assert.False(policy.Checklist.ChannelRequiredAt("P0"));
    }

    [Fact]
    public void An_advisor_entry_with_a_new_key_is_added_and_one_with_a_known_key_replaces_it_in_place()
    {
        var policy = PolicyJson.ReadOverride($$"""
            { "advisor": {
                "hypotheses": [{{QueueHypothesis}}],
                "mitigations": [{ "key": "rollback", "title": "Roll back", "whenToUse": "A bad deploy", "how": "Use the pipeline", "risk": "Low", "offeredWith": ["recentDeploy"] }],
                "steps": [{ "step": "logs", "title": "Read the logs", "lookFor": ["stack traces"] }] } }
            """);

        var tables = policy.Advisor;
        Assert.Equal("queueBacklog", tables.Hypotheses[^1].Key);
        Assert.Equal("Tell the owners.", tables.Hypotheses[^1].Reminder);
        Assert.Equal(AdvisorTables.Default.Hypotheses.Length + 1, tables.Hypotheses.Length);
        Assert.Equal(AdvisorTables.Default.Mitigations.Length, tables.Mitigations.Length);
        Assert.Equal("Roll back", tables.Mitigation("rollback")!.Title);
        Assert.Equal(["recentDeploy"], tables.Mitigation("rollback")!.OfferedWith.ToArray());
        Assert.Equal(AdvisorTables.Default.Mitigations.IndexOf(AdvisorTables.Default.Mitigation("rollback")!), tables.Mitigations.ToList().FindIndex(m => m.Key == "rollback"));
        Assert.Equal("Read the logs", tables.Steps.Single(s => s.Key == "logs").Title);
        Assert.Equal(AdvisorTables.Default.Steps.Select(s => s.Key), tables.Steps.Select(s => s.Key));
    }

    [Fact]
    public void A_replace_key_replaces_the_whole_table_before_the_extensions_whatever_the_order()
    {
        var policy = PolicyJson.ReadOverride($$"""
            { "advisor": {
                "hypotheses": [{{QueueHypothesis}}],
                "hypothesesReplace": [{ "key": "only", "title": "Only this", "signals": ["errorRateSpike"], "howToTest": "Look." }],
                "stepsReplace": [{ "step": "dashboards", "title": "Dashboards", "lookFor": ["errors"] }] } }
            """);

        Assert.Equal(["only", "queueBacklog"], policy.Advisor.Hypotheses.Select(h => h.Key).ToArray());
        Assert.Empty(policy.Advisor.Hypotheses[0].Mitigations);
        Assert.Equal(["dashboards"], policy.Advisor.Steps.Select(s => s.Key).ToArray());
        Assert.True(AdvisorTables.Default.Mitigations.SequenceEqual(policy.Advisor.Mitigations));
    }

    [Fact]
    public void A_changed_checklist_and_advisor_are_written_and_read_back_as_the_same_policy()
    {
        var policy = PolicyJson.ReadOverride($$"""
            { "checklist": { "triageWithin": "PT10M", "requiresChannel": ["P1"] },
              "advisor": { "hypotheses": [{{QueueHypothesis}}], "mitigationsReplace": [{ "key": "horizontalScaling", "title": "Scale out", "whenToUse": "Load", "how": "Add instances", "risk": "Cost" }],
                           "hypothesesReplace": [] } }
            """);

        var json = PolicyJson.Write(policy);
        var read = PolicyJson.Read(json);

        Assert.Contains("\"checklist\": {\n    \"triageWithin\": \"PT10M\",\n    \"requiresChannel\": [\n      \"P1\"\n    ]\n  }", json, System.StringComparison.Ordinal);
        Assert.Contains("\"hypothesesReplace\"", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"stepsReplace\"", json, System.StringComparison.Ordinal);
        Assert.Equal(policy, read);
        Assert.Equal(policy.Advisor, read.Advisor);
        Assert.Equal(policy.Checklist, read.Checklist);
        Assert.Equal(json, PolicyJson.Write(read));
    }

    [Fact]
    public void Only_the_advisor_tables_and_checklist_settings_that_differ_from_the_default_are_written()
    {
        var policy = PolicyJson.ReadOverride("""
            { "checklist": { "requiresChannel": ["P1"] },
              "advisor": { "steps": [{ "step": "logs", "title": "Read the logs", "lookFor": ["timeouts"] }] } }
            """);

        var json = PolicyJson.Write(policy, indented: false);

        Assert.Contains("\"checklist\":{\"requiresChannel\":[\"P1\"]}", json, System.StringComparison.Ordinal);
        Assert.Contains("{\"step\":\"logs\",\"title\":\"Read the logs\",\"lookFor\":[\"timeouts\"]}", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"hypothesesReplace\"", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"mitigationsReplace\"", json, System.StringComparison.Ordinal);
        Assert.Equal(policy.Advisor, PolicyJson.Read(json).Advisor);
        Assert.Equal(policy.Checklist, PolicyJson.Read(json).Checklist);
    }

    [Fact]
    public void A_mitigation_is_written_with_the_signals_that_offer_it_and_without_the_key_when_there_are_none()
    {
        var policy = PolicyJson.ReadOverride("""
            { "advisor": { "mitigations": [
                { "key": "drainRegion", "title": "Drain the region", "whenToUse": "One region fails", "how": "Shift traffic", "risk": "Load elsewhere", "offeredWith": ["errorRateSpike"] },
                { "key": "pauseJobs", "title": "Pause batch jobs", "whenToUse": "Contention", "how": "Stop the scheduler", "risk": "Late reports" } ] } }
            """);

        var json = PolicyJson.Write(policy, indented: false);

        Assert.Contains(
            "{\"key\":\"drainRegion\",\"title\":\"Drain the region\",\"whenToUse\":\"One region fails\",\"how\":\"Shift traffic\",\"risk\":\"Load elsewhere\",\"offeredWith\":[\"errorRateSpike\"]}",
            json,
            System.StringComparison.Ordinal);
        Assert.Contains(
            "{\"key\":\"pauseJobs\",\"title\":\"Pause batch jobs\",\"whenToUse\":\"Contention\",\"how\":\"Stop the scheduler\",\"risk\":\"Late reports\"}",
            json,
            System.StringComparison.Ordinal);
        Assert.Equal(policy.Advisor, PolicyJson.Read(json).Advisor);
    }

    [Fact]
    public void The_default_policy_is_written_without_the_sections()
    {
        var json = PolicyJson.Write(ResponsePolicy.Default);

        Assert.DoesNotContain("\"checklist\"", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"advisor\"", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_none_starts_the_checklist_and_the_advisor_from_their_defaults_and_a_partial_override_keeps_them()
    {
        var changed = ResponsePolicy.CreateBuilder().TriageWithin(PolicyDuration.Within(Duration.FromMinutes(9)))
            .Advisor(a => a.RemoveMitigation("dnsRedirect").RemoveHypothesis("dnsOrCertificate")).Build();

        var cleared = ResponsePolicy.CreateBuilder().TriageWithin(PolicyDuration.Within(Duration.FromMinutes(9)))
            .Advisor(a => a.RemoveMitigation("dnsRedirect").RemoveHypothesis("dnsOrCertificate"))
            .ApplyJson(PolicyJson.Write(ResponsePolicy.Default)).Build();
        var kept = PolicyJson.ReadOverride("""{ "recipients": { "owner": "email" } }""", changed);

        Assert.Equal(ChecklistSettings.Default, cleared.Checklist);
        Assert.Equal(AdvisorTables.Default, cleared.Advisor);
        Assert.Equal(changed.Checklist, kept.Checklist);
        Assert.Equal(changed.Advisor, kept.Advisor);
    }

    [Fact]
    public void Every_problem_of_the_checklist_is_located()
    {
        Assert.Equal(
            ["$.checklist.requiresChannel[0]", "$.checklist.requiresChannel[1]", "$.checklist.triageWithin", "$.checklist.triagewithin"],
            PathsOf("""{ "checklist": { "triageWithin": "PT0S", "requiresChannel": [" ", 3], "triagewithin": "PT1M" } }"""));
        Assert.Equal(["$.checklist.requiresChannel[1]"], PathsOf("""{ "checklist": { "requiresChannel": ["P1", "P9"] } }"""));
        Assert.Equal(["$.checklist"], PathsOf("""{ "checklist": [] }"""));
    }

    [Fact]
    public void An_unknown_key_names_the_nearest_known_one()
    {
        var problem = Assert.Single(Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride("""{ "advisor": { "hypothesis": [] } }""")).Problems);

        Assert.Equal("$.advisor.hypothesis", problem.Path);
        Assert.Contains("hypotheses", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_the_advisor_is_located_where_it_stands()
    {
        Assert.Equal(
            [
                "$.advisor.hypotheses[0]",
                "$.advisor.hypotheses[1].howToTest",
                "$.advisor.hypotheses[1].signals[0]",
                "$.advisor.hypotheses[1].titel",
                "$.advisor.hypotheses[2].signals",
                "$.advisor.mitigations[0].offeredWith[1]",
                "$.advisor.mitigations[0].risk",
                "$.advisor.steps",
                "$.advisor.stepsReplace[0].lookFor",
                "$.advisor.stepsReplace[0].step",
            ],
            PathsOf("""
                { "advisor": {
                    "hypotheses": [
                        3,
                        { "key": "a", "titel": "A", "signals": ["recentDeplyo"], "mitigations": [] },
                        { "key": "b", "title": "B", "signals": [], "howToTest": "Look." } ],
                    "mitigations": [{ "key": "m", "title": "M", "whenToUse": "W", "how": "H", "risk": "", "offeredWith": ["recentDeploy", "nope"] }],
                    "steps": {},
                    "stepsReplace": [{ "step": "dashbords", "title": "D", "lookFor": [] }] } }
                """));
    }

    [Fact]
    public void A_hypothesis_naming_a_mitigation_the_tables_lack_is_refused_when_the_policy_is_built()
    {
        var paths = PathsOf($$"""{ "advisor": { "mitigationsReplace": [{ "key": "rollback", "title": "R", "whenToUse": "W", "how": "H", "risk": "R" }] } }""");

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.StartsWith("$.advisor.hypotheses[", p, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_with_a_problem_is_the_only_problem_not_also_the_entries_the_tables_then_lack()
    {
        var paths = PathsOf("""
            { "advisor": {
                "hypothesesReplace": [{ "key": "h", "title": "H", "signals": ["recentDeplyo"], "howToTest": "Look.", "mitigations": ["scale"] }],
                "mitigationsReplace": [{ "key": "scale", "title": "Scale", "whenToUse": "W", "how": "H", "risk": "R" }] } }
            """);

        Assert.Equal(["$.advisor.hypothesesReplace[0].signals[0]"], paths);
    }
}
