using System;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>
/// Each message field the record may give (start, impact descriptions, the resolution's texts, an identified cause, a
/// booked review) and the level's customer cadence: what the message says with the field and without it.
/// </summary>
public sealed class MessageRecordFieldTests
{
    private static readonly MessageComposer Composer = new(Engines.Default);

    private static IncidentRecord Incident(ImpactAssessment impact, params IncidentEvent[] events) =>
        new("INC-9", "Checkout down", T.Of("2024-03-15T14:00:00Z"), impact, events);

    private static IncidentRecord Incident(params IncidentEvent[] events) => Incident(Incidents.P1Impact, events);

    private static string Text(IncidentRecord incident, string at, MessageKind kind) => Composer.Compose(incident, T.Of(at), kind).Text;

    [Fact]
    public void The_status_is_the_evaluations_phase_an_identified_cause_included()
    {
        Assert.Contains("Current status: Investigating\n", Text(Incident(), "2024-03-15T14:30:00Z", MessageKind.InitialAlert), StringComparison.Ordinal);
        Assert.Contains("Current status: Identified\n", Text(Incident(new CauseIdentified(T.Of("2024-03-15T14:10:00Z"), "pool exhausted")), "2024-03-15T14:30:00Z", MessageKind.InitialAlert), StringComparison.Ordinal);
        Assert.Contains("We have identified the cause and are working on a fix.\n", Text(Incident(new CauseIdentified(T.Of("2024-03-15T14:10:00Z"), "pool exhausted")), "2024-03-15T14:30:00Z", MessageKind.Customer), StringComparison.Ordinal);

        // The phase never goes back: a cause found after a mitigation keeps the message at mitigating.
        var both = Incident(new MitigationApplied(T.Of("2024-03-15T14:05:00Z"), "rollback"), new CauseIdentified(T.Of("2024-03-15T14:10:00Z"), "pool exhausted"));
        Assert.Contains("Status: Mitigating\n", Text(both, "2024-03-15T14:30:00Z", MessageKind.StatusUpdate), StringComparison.Ordinal);
    }

    [Fact]
    public void The_start_time_and_the_duration_count_from_startedAt_when_recorded_else_from_detection()
    {
        var started = Incident() with { StartedAt = T.Of("2024-03-15T13:40:00Z") };

        Assert.Contains("Start time: 2024-03-15 13:40 UTC\n", Text(started, "2024-03-15T14:30:00Z", MessageKind.InitialAlert), StringComparison.Ordinal);
        Assert.Contains("Duration: 50 minutes\n", Text(started, "2024-03-15T14:30:00Z", MessageKind.StatusUpdate), StringComparison.Ordinal);
        Assert.Contains("Start time: 2024-03-15 14:00 UTC\n", Text(Incident(), "2024-03-15T14:30:00Z", MessageKind.InitialAlert), StringComparison.Ordinal);
        Assert.Contains("Duration: 30 minutes\n", Text(Incident(), "2024-03-15T14:30:00Z", MessageKind.StatusUpdate), StringComparison.Ordinal);
    }

    [Fact]
    public void The_resolution_duration_still_counts_from_detection_when_the_start_is_earlier()
    {
        var started = Incident(new Resolved(T.Of("2024-03-15T15:00:00Z"))) with { StartedAt = T.Of("2024-03-15T13:40:00Z") };

        Assert.Contains("Duration: 1 hour\n", Text(started, "2024-03-15T15:00:00Z", MessageKind.Resolution), StringComparison.Ordinal);
    }

    [Fact]
    public void The_impact_is_the_responders_description_when_given_else_words_from_the_assessment()
    {
        var described = Incident(Incidents.P1Impact with { Description = "Card payments fail at db-primary-3" });

        Assert.Contains("Impact: Card payments fail at db-primary-3\n", Text(described, "2024-03-15T14:15:00Z", MessageKind.InitialAlert), StringComparison.Ordinal);
        Assert.Contains("Impact: Most users: core functionality severely impaired\n", Text(Incident(), "2024-03-15T14:15:00Z", MessageKind.InitialAlert), StringComparison.Ordinal);

        var reassessed = Incident(described.Impact, new ImpactReassessed(T.Of("2024-03-15T14:10:00Z"), new ImpactUpdate { Description = "Card payments fail in the EU" }));
        Assert.Contains("Impact: Card payments fail in the EU\n", Text(reassessed, "2024-03-15T14:15:00Z", MessageKind.InitialAlert), StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_text_in_the_record_counts_as_not_given()
    {
        var blank = Incident(Incidents.P1Impact with { Description = "  " }, new Resolved(T.Of("2024-03-15T15:00:00Z"), RootCause: " ", Resolution: "\t", CustomerImpact: " \n "));

        Assert.Contains("Impact: Most users: core functionality severely impaired\n", Text(blank, "2024-03-15T14:15:00Z", MessageKind.InitialAlert), StringComparison.Ordinal);
        var resolution = Composer.Compose(blank, T.Of("2024-03-15T16:00:00Z"), MessageKind.Resolution);
        Assert.Contains("Root cause: [One-sentence summary]\nResolution: [What fixed it]\nCustomer impact: [Summary of user-facing impact]\n", resolution.Text, StringComparison.Ordinal);
        Assert.Equal<string>(["rootCause", "resolution", "customerImpact"], resolution.Missing);
    }

    [Fact]
    public void The_customer_message_says_the_customer_description_when_given_and_never_the_internal_one()
    {
        var internalOnly = Incident(Incidents.P1Impact with { Description = "Card payments fail at db-primary-3" });
        var both = Incident(Incidents.P1Impact with { Description = "Card payments fail at db-primary-3", CustomerDescription = "card payments at checkout" });

        var plain = Text(internalOnly, "2024-03-15T14:15:00Z", MessageKind.Customer);
        Assert.Contains("We are aware of an issue affecting our service for most users.\n", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("db-primary-3", plain, StringComparison.Ordinal);

        var given = Text(both, "2024-03-15T14:15:00Z", MessageKind.Customer);
        Assert.Contains("We are aware of an issue affecting card payments at checkout.\n", given, StringComparison.Ordinal);
        Assert.DoesNotContain("db-primary-3", given, StringComparison.Ordinal);
    }

    [Fact]
    public void The_resolution_message_says_the_resolutions_root_cause_resolution_and_customer_impact()
    {
        var incident = Incident(
            new CauseIdentified(T.Of("2024-03-15T14:10:00Z"), "pool exhausted"),
            new Resolved(T.Of("2024-03-15T15:00:00Z"), "A deploy halved the connection pool", "Rolled back the deploy", "Some card payments failed for an hour"));

        var message = Composer.Compose(incident, T.Of("2024-03-15T15:00:00Z"), MessageKind.Resolution);

        Assert.Contains("Root cause: A deploy halved the connection pool\nResolution: Rolled back the deploy\nCustomer impact: Some card payments failed for an hour\n", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("rootCause", message.Missing);
        Assert.DoesNotContain("resolution", message.Missing);
        Assert.DoesNotContain("customerImpact", message.Missing);
    }

    [Fact]
    public void Without_the_resolutions_texts_the_root_cause_is_the_last_identified_cause_and_the_rest_are_placeholders()
    {
        var incident = Incident(
            new CauseIdentified(T.Of("2024-03-15T14:10:00Z"), "pool exhausted"),
            new Resolved(T.Of("2024-03-15T15:00:00Z")),
            new CauseIdentified(T.Of("2024-03-15T15:30:00Z"), "a deploy halved the pool"));

        var message = Composer.Compose(incident, T.Of("2024-03-15T16:00:00Z"), MessageKind.Resolution);

        Assert.Contains("Root cause: a deploy halved the pool\nResolution: [What fixed it]\nCustomer impact: [Summary of user-facing impact]\n", message.Text, StringComparison.Ordinal);
        Assert.Equal<string>(["resolution", "customerImpact"], message.Missing);

        var none = Composer.Compose(Incident(new Resolved(T.Of("2024-03-15T15:00:00Z"))), T.Of("2024-03-15T16:00:00Z"), MessageKind.Resolution);
        Assert.Contains("Root cause: [One-sentence summary]\n", none.Text, StringComparison.Ordinal);
        Assert.Equal<string>(["rootCause", "resolution", "customerImpact"], none.Missing);
    }

    [Fact]
    public void The_follow_up_is_the_last_booked_review_else_the_review_deadline_and_is_left_out_when_no_review_is_due()
    {
        var booked = Incident(
            new Resolved(T.Of("2024-03-15T15:05:00Z")),
            new ReviewScheduled(T.Of("2024-03-15T15:30:00Z"), T.Of("2024-03-18T10:00:00Z")),
            new ReviewScheduled(T.Of("2024-03-15T15:40:00Z"), T.Of("2024-03-18T13:00:00Z")));
        Assert.Contains("Follow-up: Post-incident review scheduled for 2024-03-18 13:00 UTC.\n", Text(booked, "2024-03-15T16:00:00Z", MessageKind.Resolution), StringComparison.Ordinal);

        var unbooked = Incident(new Resolved(T.Of("2024-03-15T15:05:00Z")));
        Assert.Contains("Follow-up: Post-incident review due by 2024-03-17 15:05 UTC.\n", Text(unbooked, "2024-03-15T16:00:00Z", MessageKind.Resolution), StringComparison.Ordinal);

        var noReview = Incident(Incidents.P3Impact, new Resolved(T.Of("2024-03-15T15:05:00Z")), new ReviewScheduled(T.Of("2024-03-15T15:30:00Z"), T.Of("2024-03-18T10:00:00Z")));
        Assert.DoesNotContain("Follow-up", Text(noReview, "2024-03-15T16:00:00Z", MessageKind.Resolution), StringComparison.Ordinal);
    }

    [Fact]
    public void The_customer_message_promises_the_current_levels_customer_cadence_and_leaves_the_line_out_without_one()
    {
        Assert.Contains("We will provide updates every 30 minutes.\n", Text(Incident(Incidents.P0Impact), "2024-03-15T14:15:00Z", MessageKind.Customer), StringComparison.Ordinal);
        Assert.Contains("We will provide updates every 1 hour.\n", Text(Incident(Incidents.P1Impact), "2024-03-15T14:15:00Z", MessageKind.Customer), StringComparison.Ordinal);
        Assert.DoesNotContain("We will provide updates", Text(Incident(Incidents.P2Impact), "2024-03-15T14:15:00Z", MessageKind.Customer), StringComparison.Ordinal);
        Assert.DoesNotContain("We will provide updates", Text(Incident(Incidents.P1Impact, new Resolved(T.Of("2024-03-15T15:00:00Z"))), "2024-03-15T15:10:00Z", MessageKind.Customer), StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_names_the_current_level_and_the_resolution_message_the_peak()
    {
        var downgraded = Incident(Incidents.P0Impact, new SeverityAssigned(T.Of("2024-03-15T14:20:00Z"), "P2", "dana", "only search is down"), new Resolved(T.Of("2024-03-15T15:00:00Z")));

        Assert.StartsWith("INCIDENT UPDATE: P2 - Checkout down\n", Text(downgraded, "2024-03-15T14:30:00Z", MessageKind.StatusUpdate), StringComparison.Ordinal);
        Assert.StartsWith("INCIDENT RESOLVED: P0 - Checkout down\n", Text(downgraded, "2024-03-15T15:00:00Z", MessageKind.Resolution), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_title_is_the_procedures_placeholder_and_listed_as_missing()
    {
        var message = Composer.Compose(new IncidentRecord("INC-9", string.Empty, T.Of("2024-03-15T14:00:00Z"), Incidents.P1Impact), T.Of("2024-03-15T14:05:00Z"), MessageKind.InitialAlert);

        Assert.StartsWith("INCIDENT DECLARED: P1 - [Brief description]\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("title", message.Missing);
    }

    [Fact]
    public void The_actions_taken_are_the_mitigations_up_to_the_resolution_instant_that_say_what_was_done()
    {
        var incident = Incident(
            new MitigationApplied(T.Of("2024-03-15T14:10:00Z"), "rolled back the deploy"),
            new MitigationApplied(T.Of("2024-03-15T14:12:00Z"), string.Empty),
            new MitigationApplied(T.Of("2024-03-15T15:00:00Z"), "scaled the pool"),
            new Resolved(T.Of("2024-03-15T15:00:00Z")),
            new MitigationApplied(T.Of("2024-03-15T15:10:00Z"), "restarted the workers"));

        var text = Text(incident, "2024-03-15T15:30:00Z", MessageKind.StatusUpdate);

        Assert.Contains("Actions taken: rolled back the deploy, scaled the pool\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_the_resolution_a_booked_review_is_the_follow_up_and_without_one_a_placeholder()
    {
        var booked = Incident(new ReviewScheduled(T.Of("2024-03-15T14:30:00Z"), T.Of("2024-03-18T10:00:00Z")));

        Assert.Contains("Follow-up: Post-incident review scheduled for 2024-03-18 10:00 UTC.\n", Text(booked, "2024-03-15T14:40:00Z", MessageKind.Resolution), StringComparison.Ordinal);
        Assert.Contains("Follow-up: Post-incident review scheduled for [date/time].\n", Text(Incident(), "2024-03-15T14:40:00Z", MessageKind.Resolution), StringComparison.Ordinal);

        // A P3 has no review: neither the booking nor a placeholder is written.
        var p3 = Incident(Incidents.P3Impact, new ReviewScheduled(T.Of("2024-03-15T14:30:00Z"), T.Of("2024-03-18T10:00:00Z")));
        Assert.DoesNotContain("Follow-up", Text(p3, "2024-03-15T14:40:00Z", MessageKind.Resolution), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_channel_name_the_message_has_the_channels_placeholder_and_once_resolved_no_next_update()
    {
        // IRP5002 off: the policy names no channel.
        var unnamed = new MessageComposer(new PolicyEngine(ResponsePolicy.CreateBuilder().RuleSeverity("IRP5002", RuleSeverity.None).Build()));
        var message = unnamed.Compose(Incident(), T.Of("2024-03-15T14:05:00Z"), MessageKind.InitialAlert);

        Assert.Contains("Channel: #incident-[date]-[topic]\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("channel", message.Missing);
        Assert.DoesNotContain("Next update", Text(Incident(new Resolved(T.Of("2024-03-15T15:00:00Z"))), "2024-03-15T15:10:00Z", MessageKind.StatusUpdate), StringComparison.Ordinal);
    }
}
