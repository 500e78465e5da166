using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using NodaTime;
using NRules.Fluent.Dsl;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>
/// Resuming from a checkpoint: it continues when the record before the checkpoint is the one it was taken from,
/// and falls back to a replay from detection, with the same result, for each reason it cannot.
/// </summary>
public sealed class ResumeTests
{
    private static readonly PolicyEngine Engine = new(ResponsePolicy.Default);

    private static readonly IncidentRecord AtTen = Incidents.Record(
        "10:00",
        Incidents.P1Impact,
        new Acknowledged(T.Of("10:05"), "bob"),
        new RoleAssigned(T.Of("10:06"), IncidentRole.IncidentCommander, "alice"),
        new StatusUpdatePosted(T.Of("10:20")));

    private static readonly IncidentRecord Later = AtTen with
    {
        Events = [.. AtTen.Events, new MitigationApplied(T.Of("11:30"), "rollback"), new StatusUpdatePosted(T.Of("11:40"))],
    };

    private static EvaluationCheckpoint CheckpointAtEleven(PolicyEngine? engine = null) =>
        (engine ?? Engine).EvaluateWithCheckpoint(AtTen, T.Of("11:00")).Checkpoint!;

    [Fact]
    public void Appended_events_resume_from_the_checkpoint_with_the_full_result()
    {
        var resumed = Engine.EvaluateWithCheckpoint(Later, T.Of("13:00"), CheckpointAtEleven());

        Assert.Equal(ResumeOutcome.Resumed, resumed.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(Engine.Evaluate(Later, T.Of("13:00"))), IncidentJson.WriteEvaluation(resumed.Evaluation));
    }

    [Fact]
    public void Without_a_checkpoint_the_record_is_replayed_and_a_checkpoint_is_returned()
    {
        var result = Engine.EvaluateWithCheckpoint(AtTen, T.Of("11:00"));

        Assert.Equal(ResumeOutcome.NoCheckpoint, result.Resume);
        Assert.NotNull(result.Checkpoint);
        Assert.Equal(T.Of("11:00"), result.Checkpoint.At);
        Assert.Equal(3, result.Checkpoint.EventCount);
    }

    [Fact]
    public void An_event_inserted_before_the_checkpoint_replays_from_detection()
    {
        var inserted = Later with { Events = Later.Events.Add(new SeverityAssigned(T.Of("10:30"), "P0", "carol", "worse")) };

        var result = Engine.EvaluateWithCheckpoint(inserted, T.Of("13:00"), CheckpointAtEleven());

        Assert.Equal(ResumeOutcome.RecordChanged, result.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(Engine.Evaluate(inserted, T.Of("13:00"))), IncidentJson.WriteEvaluation(result.Evaluation));
    }

    [Fact]
    public void An_event_changed_before_the_checkpoint_replays_from_detection()
    {
        var changed = Later with { Events = Later.Events.SetItem(1, new RoleAssigned(T.Of("10:06"), IncidentRole.IncidentCommander, "dave")) };

        Assert.Equal(ResumeOutcome.RecordChanged, Engine.EvaluateWithCheckpoint(changed, T.Of("13:00"), CheckpointAtEleven()).Resume);
    }

    [Fact]
    public void A_checkpoint_kept_in_memory_or_stored_resumes_an_equal_record_read_again()
    {
        var checkpoint = CheckpointAtEleven();
        var readAgain = IncidentJson.ReadIncident(IncidentJson.WriteIncident(Later));

        var result = Engine.EvaluateWithCheckpoint(readAgain, T.Of("13:00"), checkpoint);

        Assert.Equal(ResumeOutcome.Resumed, result.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(Engine.Evaluate(Later, T.Of("13:00"))), IncidentJson.WriteEvaluation(result.Evaluation));
        Assert.Equal(ResumeOutcome.Resumed, Engine.EvaluateWithCheckpoint(readAgain, T.Of("13:00"), CheckpointJson.Read(CheckpointJson.Write(checkpoint))).Resume);
    }

    [Fact]
    public void Another_incident_or_another_detection_replays_from_detection()
    {
        var checkpoint = CheckpointAtEleven();

        Assert.Equal(ResumeOutcome.RecordChanged, Engine.EvaluateWithCheckpoint(Later with { Id = "INC-OTHER" }, T.Of("13:00"), checkpoint).Resume);
        Assert.Equal(ResumeOutcome.RecordChanged, Engine.EvaluateWithCheckpoint(Later with { Impact = Incidents.P2Impact }, T.Of("13:00"), checkpoint).Resume);
        Assert.Equal(ResumeOutcome.RecordChanged, Engine.EvaluateWithCheckpoint(Later with { Title = "renamed" }, T.Of("13:00"), checkpoint).Resume);
    }

    [Fact]
    public void A_stored_checkpoint_whose_instant_was_edited_to_before_the_detection_replays_from_detection()
    {
        // No event before 10:30 nor before 09:00: the record's fingerprint is the same for both instants.
        var quiet = Incidents.Record("10:00", Incidents.P1Impact, new Acknowledged(T.Of("11:30"), "bob"));
        var json = CheckpointJson.Write(Engine.EvaluateWithCheckpoint(quiet, T.Of("10:30")).Checkpoint!);
        var edited = json.Replace("\"at\":\"2024-03-15T10:30:00Z\"", "\"at\":\"2024-03-15T09:00:00Z\"", System.StringComparison.Ordinal);
        Assert.NotEqual(json, edited);

        var result = Engine.EvaluateWithCheckpoint(quiet, T.Of("13:00"), CheckpointJson.Read(edited));

        Assert.Equal(ResumeOutcome.RecordChanged, result.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(Engine.Evaluate(quiet, T.Of("13:00"))), IncidentJson.WriteEvaluation(result.Evaluation));
    }

    [Fact]
    public void Another_policy_replays_from_detection()
    {
        var other = new PolicyEngine(ResponsePolicy.CreateBuilder().RuleSeverity("IRP5002", RuleSeverity.None).Build());

        var result = other.EvaluateWithCheckpoint(Later, T.Of("13:00"), CheckpointAtEleven());

        Assert.Equal(ResumeOutcome.PolicyChanged, result.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(other.Evaluate(Later, T.Of("13:00"))), IncidentJson.WriteEvaluation(result.Evaluation));
    }

    [Fact]
    public void Another_engine_version_replays_from_detection()
    {
        var json = CheckpointJson.Write(CheckpointAtEleven());
        var older = Regex.Replace(json, "\"engineVersion\":\"[^\"]*\"", "\"engineVersion\":\"0.0.1\"");

        var result = Engine.EvaluateWithCheckpoint(Later, T.Of("13:00"), CheckpointJson.Read(older));

        Assert.Equal(ResumeOutcome.EngineVersionChanged, result.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(Engine.Evaluate(Later, T.Of("13:00"))), IncidentJson.WriteEvaluation(result.Evaluation));
    }

    [Theory]
    [InlineData("carol", "10:05")]
    [InlineData("bob", "10:06")]
    public void A_record_whose_every_event_before_the_checkpoint_changed_replays_from_detection(string by, string at)
    {
        var one = Incidents.Record("10:00", Incidents.P1Impact, new Acknowledged(T.Of("10:05"), "bob"));
        var checkpoint = Engine.EvaluateWithCheckpoint(one, T.Of("11:00")).Checkpoint!;
        var changed = one with { Events = [new Acknowledged(T.Of(at), by)] };

        var result = Engine.EvaluateWithCheckpoint(changed, T.Of("13:00"), checkpoint);

        Assert.Equal(ResumeOutcome.RecordChanged, result.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(Engine.Evaluate(changed, T.Of("13:00"))), IncidentJson.WriteEvaluation(result.Evaluation));
    }

    [Fact]
    public void An_event_before_the_checkpoint_removed_from_the_record_replays_from_detection()
    {
        var one = Incidents.Record("10:00", Incidents.P1Impact, new Acknowledged(T.Of("10:05"), "bob"));
        var taken = Engine.EvaluateWithCheckpoint(one, T.Of("11:00")).Checkpoint!;
        var removed = one with { Events = [] };

        AssertReplayed(ResumeOutcome.RecordChanged, removed, taken);
    }

    [Fact]
    public void An_event_recorded_late_before_the_checkpoint_replays_from_detection()
    {
        var none = Incidents.Record("10:00", Incidents.P1Impact);
        var taken = Engine.EvaluateWithCheckpoint(none, T.Of("11:00")).Checkpoint!;
        var late = none with { Events = [new Acknowledged(T.Of("10:30"), "bob")] };

        AssertReplayed(ResumeOutcome.RecordChanged, late, taken);
    }

    [Fact]
    public void An_event_after_the_checkpoint_placed_among_the_earlier_ones_replays_from_detection()
    {
        // The events before 11:00 are the same, in the same order, but no longer at the same positions in the record.
        var placed = AtTen with { Events = AtTen.Events.Insert(1, new MitigationApplied(T.Of("11:30"), "rollback")) };

        AssertReplayed(ResumeOutcome.RecordChanged, placed, CheckpointAtEleven());
    }

    [Fact]
    public void A_record_built_without_an_event_array_is_checkpointed_and_resumed()
    {
        var bare = AtTen with { Events = default };
        var taken = Engine.EvaluateWithCheckpoint(bare, T.Of("11:00")).Checkpoint!;

        foreach (var checkpoint in new[] { taken, CheckpointJson.Read(CheckpointJson.Write(taken)) })
        {
            var resumed = Engine.EvaluateWithCheckpoint(bare, T.Of("13:00"), checkpoint);
            Assert.Equal(ResumeOutcome.Resumed, resumed.Resume);
            Assert.Equal(IncidentJson.WriteEvaluation(Engine.Evaluate(bare, T.Of("13:00"))), IncidentJson.WriteEvaluation(resumed.Evaluation));
        }

        Assert.Equal(ResumeOutcome.Resumed, Engine.EvaluateWithCheckpoint(Later, T.Of("13:00"), Engine.EvaluateWithCheckpoint(AtTen with { Events = [] }, T.Of("10:00")).Checkpoint!).Resume);
    }

    [Fact]
    public void A_checkpoint_names_the_engine_version_with_its_source_revision()
    {
        var informational = typeof(PolicyEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.StartsWith(informational + "/", CheckpointAtEleven().EngineVersion, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_whose_custom_rule_is_another_type_with_the_same_id_replays_from_detection()
    {
        var first = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<QuietRule>().Build());
        var replaced = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<ReplacedQuietRule>().Build());
        var taken = first.EvaluateWithCheckpoint(AtTen, T.Of("11:00")).Checkpoint!;

        Assert.Equal(ResumeOutcome.Resumed, first.EvaluateWithCheckpoint(Later, T.Of("13:00"), CheckpointJson.Read(CheckpointJson.Write(taken))).Resume);
        Assert.Equal(ResumeOutcome.PolicyChanged, replaced.EvaluateWithCheckpoint(Later, T.Of("13:00"), CheckpointJson.Read(CheckpointJson.Write(taken))).Resume);
    }

    [Fact]
    public void A_checkpoint_taken_at_detection_is_resumed()
    {
        var atDetection = Engine.EvaluateWithCheckpoint(AtTen, T.Of("10:00")).Checkpoint!;

        var resumed = Engine.EvaluateWithCheckpoint(Later, T.Of("13:00"), atDetection);

        Assert.Equal(ResumeOutcome.Resumed, resumed.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(Engine.Evaluate(Later, T.Of("13:00"))), IncidentJson.WriteEvaluation(resumed.Evaluation));
    }

    [Fact]
    public void Asked_again_at_the_checkpoints_own_instant_it_is_resumed()
    {
        var resumed = Engine.EvaluateWithCheckpoint(AtTen, T.Of("11:00"), CheckpointAtEleven());

        Assert.Equal(ResumeOutcome.Resumed, resumed.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(Engine.Evaluate(AtTen, T.Of("11:00"))), IncidentJson.WriteEvaluation(resumed.Evaluation));
    }

    [Fact]
    public void An_instant_before_the_checkpoint_replays_from_detection()
    {
        var result = Engine.EvaluateWithCheckpoint(AtTen, T.Of("10:30"), CheckpointAtEleven());

        Assert.Equal(ResumeOutcome.InstantBeforeCheckpoint, result.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(Engine.Evaluate(AtTen, T.Of("10:30"))), IncidentJson.WriteEvaluation(result.Evaluation));
    }

    [Fact]
    public void A_checkpoint_whose_state_the_policy_cannot_restore_replays_from_detection()
    {
        var json = CheckpointJson.Write(CheckpointAtEleven());
        var broken = json.Replace("\"kind\":\"updateTimer\",\"values\":[\"", "\"kind\":\"updateTimer\",\"values\":[\"not an instant", System.StringComparison.Ordinal);
        var unknown = json.Replace("\"kind\":\"status\"", "\"kind\":\"mood\"", System.StringComparison.Ordinal);

        Assert.NotEqual(json, broken);
        Assert.NotEqual(json, unknown);
        Assert.Equal(ResumeOutcome.CheckpointNotUsable, Engine.EvaluateWithCheckpoint(Later, T.Of("13:00"), CheckpointJson.Read(broken)).Resume);
        Assert.Equal(ResumeOutcome.CheckpointNotUsable, Engine.EvaluateWithCheckpoint(Later, T.Of("13:00"), CheckpointJson.Read(unknown)).Resume);
    }

    [Fact]
    public void A_checkpoint_missing_a_state_or_holding_one_twice_replays_from_detection()
    {
        var json = CheckpointJson.Write(CheckpointAtEleven());
        var status = Regex.Match(json, "\\{\"kind\":\"status\",\"values\":\\[[^\\]]*\\]\\}").Value;
        Assert.NotEmpty(status);
        var missing = json.Replace(status + ",", string.Empty, System.StringComparison.Ordinal).Replace("," + status, string.Empty, System.StringComparison.Ordinal);
        var twice = json.Replace(status, status + "," + status, System.StringComparison.Ordinal);

        var full = Engine.EvaluateWithCheckpoint(Later, T.Of("13:00"));
        foreach (var edited in new[] { missing, twice })
        {
            Assert.NotEqual(json, edited);
            var resumed = Engine.EvaluateWithCheckpoint(Later, T.Of("13:00"), CheckpointJson.Read(edited));
            Assert.Equal(ResumeOutcome.CheckpointNotUsable, resumed.Resume);
            Assert.Equal(IncidentJson.WriteEvaluation(full.Evaluation), IncidentJson.WriteEvaluation(resumed.Evaluation));
        }
    }

    [Fact]
    public void An_event_recorded_later_at_the_checkpoint_instant_goes_before_the_timers_due_then()
    {
        // The response deadline of this P1 is due at 10:15; the acknowledgement at exactly 10:15 is recorded after the evaluation at 10:15.
        var detected = Incidents.Record("10:00", Incidents.P1Impact);
        var checkpoint = Engine.EvaluateWithCheckpoint(detected, T.Of("10:15")).Checkpoint!;
        var acknowledged = detected with { Events = [new Acknowledged(T.Of("10:15"), "bob")] };

        var resumed = Engine.EvaluateWithCheckpoint(acknowledged, T.Of("10:30"), checkpoint);

        Assert.Equal(ResumeOutcome.Resumed, resumed.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(Engine.Evaluate(acknowledged, T.Of("10:30"))), IncidentJson.WriteEvaluation(resumed.Evaluation));
    }

    [Fact]
    public void A_custom_rule_with_a_fact_of_its_own_gives_no_checkpoint_and_still_evaluates()
    {
        var engine = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<RemembersDetectionRule>().Build());

        var result = engine.EvaluateWithCheckpoint(AtTen, T.Of("11:00"));

        Assert.Null(result.Checkpoint);
        Assert.Equal(IncidentJson.WriteEvaluation(engine.Evaluate(AtTen, T.Of("11:00"))), IncidentJson.WriteEvaluation(result.Evaluation));
    }

    [Fact]
    public void A_checkpoint_reads_back_to_the_same_bytes()
    {
        var json = CheckpointJson.Write(CheckpointAtEleven());

        Assert.Equal(json, CheckpointJson.Write(CheckpointJson.Read(json)));
        Assert.Equal(json, CheckpointJson.Write(CheckpointJson.Read(CheckpointJson.Write(CheckpointAtEleven(), indented: true))));
    }

    [Fact]
    public void A_document_that_is_not_a_checkpoint_lists_every_problem_with_where()
    {
        var error = Assert.Throws<InvalidCheckpointException>(() => CheckpointJson.Read(
            """{"incidentId": "", "at": "yesterday", "engineVersion": "1", "policyFingerprint": "a", "recordFingerprint": "b", "eventCount": -1, "impact": {}, "facts": [{"kind": "status", "values": [1]}]}"""));

        var problems = error.Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.incidentId", problems);
        Assert.Contains("$.at", problems);
        Assert.Contains("$.eventCount", problems);
        Assert.Contains("$.facts[0].values[0]", problems);
    }

    /// <summary>A custom rule that matches the detection and keeps no fact of its own: its engine's evaluations have checkpoints.</summary>
    public abstract class QuietRuleBase(RuleDescriptor descriptor) : CustomPolicyRule(descriptor)
    {
        public override void Define()
        {
            IncidentDetected detected = null!;

            When()
                .Match(() => detected);

            Then()
                .Do(ctx => Nothing());
        }

        private static void Nothing()
        {
        }
    }

    /// <summary>A quiet rule.</summary>
    public sealed class QuietRule() : QuietRuleBase(Quiet)
    {
        internal static readonly RuleDescriptor Quiet = new(
            "TEST0102", "Says nothing", "{0}", "Triage", RuleSeverity.Info, "https://wiki.example/TEST0102");
    }

    /// <summary>Another type with the rule ID of <see cref="QuietRule"/>: the rule's code changed, not its ID.</summary>
    public sealed class ReplacedQuietRule() : QuietRuleBase(QuietRule.Quiet);

    private static void AssertReplayed(ResumeOutcome outcome, IncidentRecord record, EvaluationCheckpoint checkpoint)
    {
        var expected = IncidentJson.WriteEvaluation(Engine.Evaluate(record, T.Of("13:00")));
        foreach (var given in new[] { checkpoint, CheckpointJson.Read(CheckpointJson.Write(checkpoint)) })
        {
            var result = Engine.EvaluateWithCheckpoint(record, T.Of("13:00"), given);
            Assert.Equal(outcome, result.Resume);
            Assert.Equal(expected, IncidentJson.WriteEvaluation(result.Evaluation));
        }
    }

    /// <summary>A custom rule that keeps a fact of its own type, which a checkpoint cannot carry.</summary>
    public sealed class RemembersDetectionRule() : CustomPolicyRule(Remembers)
    {
        private static readonly RuleDescriptor Remembers = new(
            "TEST0101", "Remembers the detection", "{0}", "Triage", RuleSeverity.Info, "https://wiki.example/TEST0101");

        public override void Define()
        {
            IncidentDetected detected = null!;

            When()
                .Match(() => detected);

            Then()
                .Do(ctx => ctx.Insert(new Remembered(detected.At)));
        }
    }

    /// <summary>The custom rule's own fact.</summary>
    /// <param name="At">When the incident was detected.</param>
    public sealed record Remembered(Instant At);
}
