using System;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Reviews;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Reviews.ReviewCases;

namespace IncidentPolicy.Tests.Reviews;

/// <summary>What the draft says, case by case: header, timeline rows, people by role, runs of misses, due date.</summary>
public sealed class ReviewDraftTests
{
    [Fact]
    public void The_header_has_the_analysis_date_the_peak_severity_the_duration_to_resolution_and_an_author_placeholder()
    {
        var incident = P2(new SeverityAssigned(At(10, 30), "P1", "bob", "checkout failing"), new SeverityAssigned(At(11), "P2", "bob"), new Resolved(At(12, 15)));

        var draft = Draft(incident, Instant.FromUtc(2024, 3, 16, 9, 0));

        Assert.Contains("\n**Date**: 2024-03-16 | **Severity**: P1 | **Duration**: 2h 15m | **Author**: [name]\n", draft, StringComparison.Ordinal);
        Assert.StartsWith("# Post-Incident Review: Search degraded (INC-1)\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void While_unresolved_the_duration_runs_to_the_instant_and_the_action_is_due_when_a_resolution_then_would_have_its_review()
    {
        var draft = Draft(P2(), Instant.FromUtc(2024, 3, 16, 14, 5));

        // Escalated to P0 by then: the review of a P0 is due 48h after resolution.
        Assert.Contains("| **Duration**: 1d 4h 5m |", draft, StringComparison.Ordinal);
        Assert.Contains("| [action] | [owner] | Medium | 2024-03-18 | TODO |", draft, StringComparison.Ordinal);
        Assert.Contains("(not resolved yet)", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void The_action_is_due_by_the_review_deadline_and_never_before_the_analysis_date()
    {
        var incident = P2(new Acknowledged(At(10, 5)), new Resolved(At(11)));

        // A P2 is reviewed within a week of resolution.
        Assert.Contains("| Medium | 2024-03-22 | TODO |", Draft(incident, At(12)), StringComparison.Ordinal);
        Assert.Contains("| Medium | 2024-04-02 | TODO |", Draft(incident, Instant.FromUtc(2024, 4, 2, 9, 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void People_appear_by_role_title_and_acknowledgements_as_on_call()
    {
        var incident = P2(
            new Acknowledged(At(10, 3), "bob"),
            new RoleAssigned(At(10, 4), IncidentRole.IncidentCommander, "carol"),
            new SeverityAssigned(At(10, 5), "P1", "carol", "asked by @bob after Dave saw errors"),
            new MitigationApplied(At(10, 20), "bob rolled back"),
            new RoleAssigned(At(10, 30), IncidentRole.TechnicalLead, "bob"));

        var draft = Draft(incident, At(11));

        Assert.Contains("| 10:03 | On-call acknowledged |", draft, StringComparison.Ordinal);
        Assert.Contains("| 10:04 | Incident commander assigned |", draft, StringComparison.Ordinal);
        // Dave is not in the record: only the record's people and @handles are known to be people.
        Assert.Contains("| 10:05 | Severity set to P1 by the incident commander: asked by the technical lead after Dave saw errors |", draft, StringComparison.Ordinal);
        Assert.Contains("| 10:20 | Mitigation applied: the technical lead rolled back |", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("bob", draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("carol", draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_person_named_in_a_reason_is_replaced_only_as_a_whole_word_and_a_plain_name_only_capitalised_or_as_recorded()
    {
        var incident = P2(
            new RoleAssigned(At(10, 1), IncidentRole.IncidentCommander, "Will"),
            new SeverityAssigned(At(10, 5), "P1", "Will", "we will fail over; Willow is a service; Will agreed"));

        var draft = Draft(incident, At(11));

        Assert.Contains("P1 by the incident commander: we will fail over; Willow is a service; the incident commander agreed |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Consecutive_misses_of_one_rule_are_one_row_and_a_status_update_between_them_starts_a_new_run()
    {
        var incident = P2(new Acknowledged(At(10, 5)), new SeverityAssigned(At(10, 10), "P1", null, "checkout"), new StatusUpdatePosted(At(12, 5)));

        var draft = Draft(incident, At(13, 30));

        // P1 from 10:10, an update every 30 minutes: missed 10:40, 11:10, 11:40; posted 12:05 (on time), escalated to P0 at
        // 12:10, an update every 15 minutes from then: missed 12:25, 12:40, ..., 13:25.
        Assert.Contains("| 10:40 | IRP5001: 3 status updates missed, 10:40 to 11:40 |", draft, StringComparison.Ordinal);
        Assert.Contains("| 12:25 | IRP5001: 5 status updates missed, 12:25 to 13:25 |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_of_another_rules_misses_is_one_row_with_the_rules_title_and_a_role_assigned_at_its_first_miss_does_not_end_it()
    {
        // P1 from 10:05 and again from 10:45: the roles fall due at 10:35 and at 11:15. The commander assigned at 10:35 came
        // before that miss (an event goes before a deadline due at its instant) and left three roles missing: it met nothing.
        var incident = P2(
            new SeverityAssigned(At(10, 5), "P1", null, "checkout"),
            new RoleAssigned(At(10, 35), IncidentRole.IncidentCommander, "carol"),
            new SeverityAssigned(At(10, 40), "P2", null, "contained"),
            new SeverityAssigned(At(10, 45), "P1", null, "back again"));

        var draft = Draft(incident, At(11, 30));

        Assert.Contains("| 10:35 | IRP4002 (Required incident roles are assigned): 2 times, 10:35 to 11:15 |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_assigned_after_a_miss_of_the_roles_even_at_the_next_miss_ends_the_run_and_each_row_says_what_was_missing()
    {
        // The roles fall due at 10:35 and at 11:15; the commander is assigned at 11:15, before that miss.
        var incident = P2(
            new SeverityAssigned(At(10, 5), "P1", null, "checkout"),
            new SeverityAssigned(At(10, 40), "P2", null, "contained"),
            new SeverityAssigned(At(10, 45), "P1", null, "back again"),
            new RoleAssigned(At(11, 15), IncidentRole.IncidentCommander, "carol"));

        var draft = Draft(incident, At(11, 30));

        Assert.Contains(
            "| 10:35 | IRP4002: P1 requires incident roles; still unassigned at 2024-03-15T10:35:00Z: incidentCommander, technicalLead, communicationsLead, scribe |",
            draft,
            StringComparison.Ordinal);
        Assert.Contains(
            "| 11:15 | IRP4002: P1 requires incident roles; still unassigned at 2024-03-15T11:15:00Z: technicalLead, communicationsLead, scribe |",
            draft,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_miss_is_its_rules_message()
    {
        var draft = Draft(P2(), At(12, 30));

        Assert.Contains("| 12:00 | IRP2001: No acknowledgement by 2024-03-15T12:00:00Z: the P2 response time is 2h |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_carry_their_date_when_the_incident_spans_more_than_one_UTC_day()
    {
        var late = new IncidentRecord("INC-2", "Late", Instant.FromUtc(2024, 3, 15, 23, 50), new ImpactAssessment(UsersAffected.Subset, ImpactScope.NonCore),
            [new Acknowledged(Instant.FromUtc(2024, 3, 16, 0, 10)), new Resolved(Instant.FromUtc(2024, 3, 16, 0, 20))]);

        var draft = Draft(late, Instant.FromUtc(2024, 3, 16, 1, 0));

        Assert.Contains("| 2024-03-15 23:50 | Incident detected |", draft, StringComparison.Ordinal);
        Assert.Contains("| 2024-03-16 00:10 | On-call acknowledged |", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("| 23:50 |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_changes_carry_their_rule_and_reason_and_text_from_the_record_is_escaped()
    {
        var incident = P2(new SeverityAssigned(At(10, 5), "P1", null, "error rate > 5% | *all* regions"));

        var draft = Draft(incident, At(10, 10));

        Assert.Contains("| 10:00 | Classified P2 (IRP1001): subset of users, non-core functionality |", draft, StringComparison.Ordinal);
        Assert.Contains("| 10:05 | Severity set to P1 by a responder: error rate \\> 5% \\| \\*all\\* regions |", draft, StringComparison.Ordinal);
        Assert.Contains("| 10:05 | Notified engineeringManager (page), customerSupportLead (chat) |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instant_before_detection_is_refused_with_the_incident_in_the_message()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>("at", () => Draft(P2(), Detected - Duration.FromMinutes(1)));

        // The draft's own refusal, not the engine's like one ("The evaluation instant ...").
        Assert.StartsWith("The analysis instant ", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'INC-1'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_detection_instant_itself_can_be_reviewed()
    {
        var draft = Draft(P2(), Detected);

        Assert.Contains("| **Duration**: 0m |", draft, StringComparison.Ordinal);
        Assert.Contains("| 10:00 | Incident detected |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_engine_or_record_is_refused_by_name()
    {
        Assert.Throws<ArgumentNullException>("engine", () => ReviewDraft.Write(null!, P2(), Detected));
        Assert.Throws<ArgumentNullException>("incident", () => ReviewDraft.Write(Engines.Default, null!, Detected));
    }

    [Fact]
    public void Without_a_title_the_heading_is_the_incident_id()
    {
        var untitled = P2() with { Title = "" };

        Assert.StartsWith("# Post-Incident Review: INC-1\n", Draft(untitled, At(10, 30)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_set_exactly_at_the_analysis_instant_sets_the_due_date_of_an_unresolved_incident()
    {
        // P0 from 10:30: its review is due 48h after a resolution at 10:30 (a P2's would be a week).
        var draft = Draft(P2(new SeverityAssigned(At(10, 30), "P0", "bob")), At(10, 30));

        Assert.Contains("| [action] | [owner] | Medium | 2024-03-17 | TODO |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void The_analysis_date_is_in_the_calendars_zone()
    {
        var sydney = ResponsePolicy.CreateBuilder().Calendar(c => c.TimeZone(DateTimeZoneProviders.Tzdb["Australia/Sydney"])).Build();
        var draft = ReviewDraft.Write(new PolicyEngine(sydney), P2(), At(14));

        Assert.Contains("**Date**: 2024-03-16 |", draft, StringComparison.Ordinal); // 01:00 the next day in Sydney
    }
}
