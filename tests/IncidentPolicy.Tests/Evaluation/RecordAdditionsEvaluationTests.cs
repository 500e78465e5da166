using System.Collections.Generic;
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

/// <summary>
/// The record's additions are for people and for the checklist: the start, the descriptions, the texts and the
/// investigation's events change nothing the policy decides, and a customer update does not count as an internal one.
/// </summary>
public sealed class RecordAdditionsEvaluationTests
{
    /// <summary>The instants each sample is evaluated at: detection, a few hours in, and days later.</summary>
    private static readonly Duration[] Offsets = [Duration.Zero, Duration.FromMinutes(20), Duration.FromHours(1), Duration.FromHours(3), Duration.FromHours(7), Duration.FromDays(9)];

    [Theory]
    [MemberData(nameof(SampleIncidents.Names), MemberType = typeof(SampleIncidents))]
    public void The_investigations_events_and_texts_change_no_byte_of_an_evaluation(string name)
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident(name));
        var annotated = Annotate(incident, withCause: false);

        foreach (var offset in Offsets)
        {
            var at = incident.DetectedAt + offset;
            Assert.Equal(
                IncidentJson.WriteEvaluation(Engines.Default.Evaluate(incident, at)),
                IncidentJson.WriteEvaluation(Engines.Default.Evaluate(annotated, at)));
        }
    }

    [Fact]
    public void A_customer_update_does_not_count_for_the_internal_cadence()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new StatusUpdatePosted(T.Of("11:00"), UpdateAudience.Customer, "We are investigating"));

        var evaluation = incident.Evaluate("12:00");

        Assert.Equal(T.Of("14:00"), evaluation.Deadlines.NextUpdateBy);
        Assert.Contains(evaluation.Diagnostics, d => d.Id == "IRP5001" && d.At == T.Of("12:00"));
    }

    [Fact]
    public void An_internal_update_with_a_message_counts_as_any_internal_update()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new StatusUpdatePosted(T.Of("11:00"), UpdateAudience.Internal, "Investigating"));

        Assert.Equal(
            IncidentJson.WriteEvaluation(Incidents.Record("10:00", Incidents.P2Impact, new StatusUpdatePosted(T.Of("11:00"))).Evaluate("12:30")),
            IncidentJson.WriteEvaluation(incident.Evaluate("12:30")));
    }

    [Fact]
    public void After_resolution_the_review_events_a_cause_and_updates_occur_and_nothing_else_does()
    {
        var engine = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<EventSeenRule>().Build());
        var incident = Incidents.Record(
            "10:00",
            Incidents.P2Impact,
            new Resolved(T.Of("11:00")),
            new ReviewScheduled(T.Of("11:10"), T.Of("2024-03-18T10:00")),
            new ActionItemCreated(T.Of("11:20"), "Add an alert", "dave", new LocalDate(2024, 3, 29)),
            new CauseIdentified(T.Of("11:30"), "A full disk"),
            new StatusUpdatePosted(T.Of("11:40")),
            new StatusUpdatePosted(T.Of("11:50"), UpdateAudience.Customer),
            new ReviewCompleted(T.Of("12:00")),
            new ChannelOpened(T.Of("12:10")),
            new InvestigationStep(T.Of("12:20"), MethodologyStep.Logs),
            new Observation(T.Of("12:30"), ObservedSignal.MemoryGrowth),
            new MitigationApplied(T.Of("12:40")),
            new Acknowledged(T.Of("12:50")));

        var seen = engine.Evaluate(incident, T.Of("13:00")).Diagnostics.Where(d => d.Id == EventSeenRule.Seen.Id).Select(d => d.Message);

        Assert.Equal(
            ["resolved", "reviewScheduled", "actionItemCreated", "causeIdentified", "statusUpdatePosted", "statusUpdatePosted", "reviewCompleted"],
            seen);
    }

    [Fact]
    public void Before_resolution_every_new_event_occurs()
    {
        var engine = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<EventSeenRule>().Build());
        var incident = Incidents.Record(
            "10:00",
            Incidents.P2Impact,
            new ChannelOpened(T.Of("10:01")),
            new InvestigationStep(T.Of("10:02"), MethodologyStep.Dashboards),
            new Observation(T.Of("10:03"), ObservedSignal.ErrorRateSpike),
            new CauseIdentified(T.Of("10:04"), "A bad deploy"),
            new ReviewScheduled(T.Of("10:05"), T.Of("2024-03-18T10:00")),
            new ActionItemCreated(T.Of("10:06"), "Add a canary", "erin", new LocalDate(2024, 3, 29)));

        var seen = engine.Evaluate(incident, T.Of("11:00")).Diagnostics.Where(d => d.Id == EventSeenRule.Seen.Id).Select(d => d.Message);

        Assert.Equal(["channelOpened", "investigationStep", "observation", "causeIdentified", "reviewScheduled", "actionItemCreated"], seen);
    }

    [Fact]
    public void A_resumed_evaluation_gives_the_bytes_of_a_full_one_with_the_new_events()
    {
        var incident = Annotate(IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json")));
        var first = Engines.Default.EvaluateWithCheckpoint(incident, incident.DetectedAt + Duration.FromMinutes(12));
        Assert.NotNull(first.Checkpoint);

        var later = incident.DetectedAt + Duration.FromHours(2);
        var resumed = Engines.Default.EvaluateWithCheckpoint(incident, later, first.Checkpoint);

        Assert.Equal(ResumeOutcome.Resumed, resumed.Resume);
        Assert.Equal(IncidentJson.WriteEvaluation(Engines.Default.Evaluate(incident, later)), IncidentJson.WriteEvaluation(resumed.Evaluation));
    }

    [Fact]
    public void A_change_to_a_new_event_before_the_checkpoint_is_a_changed_record()
    {
        var incident = Annotate(IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json")));
        var first = Engines.Default.EvaluateWithCheckpoint(incident, incident.DetectedAt + Duration.FromMinutes(12));
        var index = incident.Events.IndexOf(incident.Events.OfType<Observation>().First());
        var changed = incident with { Events = incident.Events.SetItem(index, new Observation(incident.Events[index].At, ObservedSignal.DnsOrCertificate)) };

        var resumed = Engines.Default.EvaluateWithCheckpoint(changed, incident.DetectedAt + Duration.FromHours(1), first.Checkpoint);

        Assert.Equal(ResumeOutcome.RecordChanged, resumed.Resume);
    }

    /// <summary>
    /// The record with a start, descriptions, texts on its resolution, and one of each investigation event a minute after
    /// detection and after each recorded event; <paramref name="withCause"/>, a cause among them (it moves the phase).
    /// </summary>
    private static IncidentRecord Annotate(IncidentRecord incident, bool withCause = true)
    {
        var events = new List<IncidentEvent>();
        var i = 0;
        foreach (var at in incident.Events.Select(e => e.At).Prepend(incident.DetectedAt).Distinct())
        {
            var then = at + Duration.FromMinutes(1);
            events.Add((i++ % 6) switch
            {
                0 => new ChannelOpened(then, "#bridge"),
                1 => new InvestigationStep(then, (MethodologyStep)(i % 5), "looked"),
                2 => new Observation(then, (ObservedSignal)(i % 11), "seen"),
                3 when withCause => new CauseIdentified(then, "found"),
                3 => new ChannelOpened(then),
                4 => new ReviewScheduled(then, then + Duration.FromDays(2)),
                _ => new ActionItemCreated(then, "follow up", "dave", new LocalDate(2024, 4, 1)),
            });
        }

        return incident with
        {
            StartedAt = incident.DetectedAt - Duration.FromMinutes(7),
            Impact = incident.Impact with { Description = "internal words", CustomerDescription = "customer words" },
            Events = [.. incident.Events.Select(e => e is Resolved r ? r with { RootCause = "a cause", Resolution = "a fix", CustomerImpact = "an impact" } : e), .. events],
        };
    }

    /// <summary>Reports each event that occurs, by its type: what a rule of the record sees.</summary>
    public sealed class EventSeenRule() : CustomPolicyRule(Seen)
    {
        public static readonly RuleDescriptor Seen = new("SEEN1001", "An event occurred", "{0}", "Triage", RuleSeverity.Info, "https://example.test/SEEN1001");

        public override void Define()
        {
            EventOccurred occurred = null!;

            When()
                .Match(() => occurred);

            Then()
                .Do(ctx => Report(ctx, occurred.At, occurred.Event.Type));
        }
    }
}
