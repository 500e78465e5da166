using System.Linq;
using System.Text.Json.Nodes;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>
/// The facts of a stored checkpoint: each kind the timeline keeps (docs/wire-format.md) is written as documented, reads
/// back and resumes to the full evaluation; a fact edited to name what the policy lacks, or to a value its kind does not
/// take, or a state left out, makes the checkpoint unusable, and the evaluation replays from detection with the same result.
/// </summary>
public sealed class CheckpointFactsTests
{
    private static readonly PolicyEngine Engine = new(ResponsePolicy.Default);

    /// <summary>A P1 acknowledged at 10:05, its commander and technical lead assigned, an update at 10:20 and none since: at 11:00 the 10:50 update was missed.</summary>
    private static readonly IncidentRecord AtTen = Incidents.Record(
        "10:00",
        Incidents.P1Impact,
        new Acknowledged(T.Of("10:05"), "bob"),
        new RoleAssigned(T.Of("10:06"), IncidentRole.TechnicalLead, "carol"),
        new RoleAssigned(T.Of("10:07"), IncidentRole.IncidentCommander, "alice"),
        new StatusUpdatePosted(T.Of("10:20")));

    private static readonly IncidentRecord Later = AtTen with
    {
        Events = [.. AtTen.Events, new MitigationApplied(T.Of("11:30"), "rollback"), new StatusUpdatePosted(T.Of("11:40"))],
    };

    /// <summary>The same P1 resolved at 11:00: its review is due within 48 hours.</summary>
    private static readonly IncidentRecord Resolved = AtTen with { Events = [.. AtTen.Events, new Resolved(T.Of("11:00"))] };

    [Fact]
    public void The_classification_and_the_roster_are_written_as_documented()
    {
        var json = Stored(Engine, AtTen, "11:00");

        Assert.Equal(["classified"], Values(json, "classification"));
        Assert.Equal(["incidentCommander", "alice", "technicalLead", "carol"], Values(json, "roster"));
    }

    [Theory]
    [InlineData("10:10", "responseTimer")]
    [InlineData("10:10", "rolesTimer")]
    [InlineData("11:00", "escalationTimer")]
    [InlineData("11:00", "customerUpdateTimer")]
    public void A_checkpoint_holding_a_timer_resumes_to_the_full_evaluation(string at, string kind)
    {
        var detected = Incidents.Record("10:00", Incidents.P1Impact);
        var later = detected with { Events = [new Acknowledged(T.Of("11:20"), "bob"), new StatusUpdatePosted(T.Of("11:40"))] };
        var json = Stored(Engine, detected, at);
        Assert.Contains(kind, Kinds(json));

        AssertResumed(Engine, later, "13:00", json);
    }

    [Fact]
    public void A_checkpoint_holding_the_next_phase_of_a_cadence_schedule_resumes_to_the_full_evaluation()
    {
        var engine = new PolicyEngine(PolicyJson.ReadOverride("""{ "severities": { "P1": { "updateCadence": [{ "every": "PT20M", "for": "PT2H" }, { "every": "PT1H" }] } } }"""));
        var json = Stored(engine, AtTen, "11:00");
        Assert.Contains("cadencePhaseTimer", Kinds(json));

        AssertResumed(engine, Later, "13:00", json);
    }

    [Fact]
    public void A_checkpoint_holding_the_review_timer_resumes_to_the_full_evaluation()
    {
        var json = Stored(Engine, Resolved, "12:00");
        Assert.Contains("reviewTimer", Kinds(json));

        AssertResumed(Engine, Resolved, "2024-03-18T12:00", json);
    }

    [Theory]
    [InlineData("severity")]
    [InlineData("classification")]
    [InlineData("roster")]
    [InlineData("mitigation")]
    [InlineData("phase")]
    [InlineData("earliestResolve")]
    public void A_checkpoint_without_a_state_the_timeline_always_keeps_is_not_used(string kind)
    {
        var json = Stored(Engine, AtTen, "11:00");
        var root = JsonNode.Parse(json)!;
        var facts = root["facts"]!.AsArray();
        facts.Remove(facts.Single(f => (string?)f!["kind"] == kind));

        AssertNotUsed(Engine, Later, root.ToJsonString());
    }

    [Theory]
    [InlineData("severity", 0, "")] // a checkpoint is taken after detection, when there is always a level
    [InlineData("status", 0, "closed")]
    [InlineData("diagnostic", 0, "IRP0000")]
    [InlineData("outcome", 0, "respondBy")]
    [InlineData("outcome", 2, "late")]
    [InlineData("escalationTimer", 0, "P0")] // P0 does not escalate
    [InlineData("customerUpdateTimer", 1, "P2")] // P2 has no customer cadence
    public void A_checkpoint_with_a_value_its_kind_or_the_policy_does_not_have_is_not_used(string kind, int index, string value)
    {
        AssertNotUsed(Engine, Later, Edited(Stored(Engine, AtTen, "11:00"), kind, index, value));
    }

    [Fact]
    public void A_review_timer_for_a_level_that_needs_no_review_is_not_used()
    {
        // P3 requires no review.
        AssertNotUsed(Engine, Resolved, Edited(Stored(Engine, Resolved, "12:00"), "reviewTimer", 1, "P3"), "2024-03-18T12:00");
    }

    private static string Stored(PolicyEngine engine, IncidentRecord record, string at) =>
        CheckpointJson.Write(engine.EvaluateWithCheckpoint(record, T.Of(at)).Checkpoint!);

    private static string[] Kinds(string json) => [.. JsonNode.Parse(json)!["facts"]!.AsArray().Select(f => (string)f!["kind"]!)];

    private static string[] Values(string json, string kind) =>
        [.. JsonNode.Parse(json)!["facts"]!.AsArray().Single(f => (string?)f!["kind"] == kind)!["values"]!.AsArray().Select(v => (string)v!)];

    /// <summary>The checkpoint with value <paramref name="index"/> of its first fact of <paramref name="kind"/> replaced.</summary>
    private static string Edited(string json, string kind, int index, string value)
    {
        var root = JsonNode.Parse(json)!;
        var values = root["facts"]!.AsArray().First(f => (string?)f!["kind"] == kind)!["values"]!.AsArray();
        Assert.NotEqual(value, (string?)values[index]);
        values[index] = value;
        return root.ToJsonString();
    }

    private static void AssertResumed(PolicyEngine engine, IncidentRecord record, string at, string checkpoint)
    {
        var resumed = engine.EvaluateWithCheckpoint(record, T.Of(at), CheckpointJson.Read(checkpoint));

        Assert.Equal(ResumeOutcome.Resumed, resumed.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(engine.Evaluate(record, T.Of(at))), IncidentJson.WriteEvaluation(resumed.Evaluation));
    }

    private static void AssertNotUsed(PolicyEngine engine, IncidentRecord record, string checkpoint, string at = "13:00")
    {
        var result = engine.EvaluateWithCheckpoint(record, T.Of(at), CheckpointJson.Read(checkpoint));

        Assert.Equal(ResumeOutcome.CheckpointNotUsable, result.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(engine.Evaluate(record, T.Of(at))), IncidentJson.WriteEvaluation(result.Evaluation));
    }
}
