using System.Linq;
using IncidentPolicy.Checklist;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;
using static IncidentPolicy.Checklist.ChecklistItemState;

namespace IncidentPolicy.Tests.Checklist;

/// <summary>Each item of the checklist in each of its states, on the default policy (a P1 detected at 14:00 unless said).</summary>
public sealed class ChecklistItemTests
{
    private static readonly ChecklistEngine Engine = new(Engines.Default);

    private static ChecklistItem Item(string key, string at, ImpactAssessment? impact, params IncidentEvent[] events) =>
        Engine.Report(Incidents.Record("14:00", impact, events), T.Of(at))[key];

    private static ChecklistItem P1(string key, string at, params IncidentEvent[] events) => Item(key, at, Incidents.P1Impact, events);

    private static Instant At(string time) => T.Of(time);

    private static void Is(ChecklistItem item, ChecklistItemState state, string? at = null, string? due = null)
    {
        Assert.Equal(state, item.State);
        Assert.Equal(at is null ? null : T.Of(at), item.At);
        if (due is not null)
        {
            Assert.Equal(T.Of(due), item.DueBy);
        }
    }

    private static RoleAssigned Role(string at, IncidentRole role) => new(At(at), role, "alice");

    private static readonly IncidentEvent[] AllRoles =
    [
        Role("14:05", IncidentRole.IncidentCommander), Role("14:06", IncidentRole.TechnicalLead),
        Role("14:07", IncidentRole.CommunicationsLead), Role("14:08", IncidentRole.Scribe),
    ];

    [Fact]
    public void The_report_lists_the_twelve_items_in_the_checklists_order()
    {
        var report = Engine.Report(Incidents.Record("14:00", Incidents.P1Impact), T.Of("14:00"));

        Assert.Equal(
            ["impactAssessed", "severityAssigned", "channelOpened", "rolesAssigned", "stakeholdersNotified", "timelineRecorded",
             "investigationStructured", "mitigationApplied", "resolutionVerified", "allClearSent", "reviewScheduled", "actionItemsCreated"],
            report.Items.Select(i => i.Key));
    }

    [Fact]
    public void ImpactAssessed_is_done_pending_overdue_or_missed_by_the_triage_time()
    {
        Is(P1("impactAssessed", "14:01"), Done, "14:00", "14:05");
        var unknown = Incidents.Impact(UsersAffected.Unknown, ImpactScope.CoreDegraded);
        var pending = Item("impactAssessed", "14:04", unknown);
        Is(pending, Pending, due: "14:05");
        Assert.Equal("unknown: usersAffected", pending.Evidence);
        Is(Item("impactAssessed", "14:05", unknown), Overdue, due: "14:05");
        Is(Item("impactAssessed", "14:10", unknown, new ImpactReassessed(At("14:07"), new ImpactUpdate(UsersAffected: UsersAffected.Most))), Done, "14:07");
        Is(Item("impactAssessed", "15:00", unknown, new Resolved(At("14:30"))), Missed, "14:30");

        var slow = Engine.Report(Incidents.Record("14:00", unknown), T.Of("14:08"));
        Assert.Equal(ChecklistItemState.Pending, new ChecklistEngine(new PolicyEngine(ResponsePolicy.CreateBuilder().TriageWithin(Duration.FromMinutes(10)).Build())).Report(Incidents.Record("14:00", unknown), T.Of("14:08"))["impactAssessed"].State);
        Assert.Equal(Overdue, slow["impactAssessed"].State);
    }

    [Fact]
    public void ImpactAssessed_is_done_when_the_impact_is_first_complete_and_a_later_reassessment_does_not_move_it()
    {
        var unknown = Incidents.Impact(UsersAffected.Unknown, ImpactScope.CoreDegraded);
        var first = new ImpactReassessed(At("14:03"), new ImpactUpdate(UsersAffected: UsersAffected.Most));
        var second = new ImpactReassessed(At("14:20"), new ImpactUpdate(UsersAffected: UsersAffected.All));

        var fromReassessment = Item("impactAssessed", "14:30", unknown, first, second);
        var fromDetection = P1("impactAssessed", "14:30", second);

        Is(fromReassessment, Done, "14:03");
        Assert.Equal("impactReassessed at 2024-03-15T14:03:00Z", fromReassessment.Evidence);
        Is(fromDetection, Done, "14:00");
        Assert.Equal("the impact at detection", fromDetection.Evidence);
    }

    [Fact]
    public void SeverityAssigned_is_done_at_detection_with_the_classifications_reason()
    {
        var item = P1("severityAssigned", "14:00");

        Is(item, Done, "14:00");
        Assert.Equal("IRP1001: P1, most users, core functionality severely impaired", item.Evidence);
    }

    [Fact]
    public void ChannelOpened_is_due_one_response_time_after_entering_a_level_that_needs_one()
    {
        Is(P1("channelOpened", "14:10"), Pending, due: "14:30");
        Is(P1("channelOpened", "14:30"), Overdue, due: "14:30");
        Is(P1("channelOpened", "14:40", new ChannelOpened(At("14:32"), "#inc")), Done, "14:32", "14:30");
        Is(P1("channelOpened", "15:00", new Resolved(At("14:50"))), Missed, "14:50");
        Is(Item("channelOpened", "14:10", Incidents.P3Impact), NotApplicable);

        // A P3 raised to P1 at 14:20 needs it from then.
        Is(Item("channelOpened", "14:30", Incidents.P3Impact, new SeverityAssigned(At("14:20"), "P1")), Pending, due: "14:50");
        var none = new ChecklistEngine(new PolicyEngine(ResponsePolicy.CreateBuilder().RequiresChannel("P0").Build()));
        Assert.Equal(NotApplicable, none.Report(Incidents.Record("14:00", Incidents.P1Impact), T.Of("14:10"))["channelOpened"].State);
    }

    [Fact]
    public void RolesAssigned_and_TimelineRecorded_follow_the_roles_clock()
    {
        Is(P1("rolesAssigned", "14:10"), Pending, due: "14:30");
        Is(P1("rolesAssigned", "14:30", Role("14:05", IncidentRole.IncidentCommander)), Overdue, due: "14:30");
        Is(P1("rolesAssigned", "14:30", AllRoles), Done, "14:08", "14:30");
        Is(P1("rolesAssigned", "15:00", new Resolved(At("14:50"))), Missed, "14:50");
        Is(Item("rolesAssigned", "14:10", Incidents.P2Impact), NotApplicable);

        Is(P1("timelineRecorded", "14:30", AllRoles), Done, "14:08");
        Is(P1("timelineRecorded", "14:31"), Overdue, due: "14:30");
        Is(P1("timelineRecorded", "14:20"), Pending, due: "14:30");
        Is(P1("timelineRecorded", "15:00", new Resolved(At("14:50"))), Missed, "14:50");
        Is(Item("timelineRecorded", "14:10", Incidents.P2Impact, Role("14:05", IncidentRole.Scribe)), NotApplicable);
    }

    [Fact]
    public void StakeholdersNotified_counts_the_first_internal_update_only()
    {
        Is(P1("stakeholdersNotified", "14:10"), Pending, due: "14:30");
        Is(P1("stakeholdersNotified", "14:31", new StatusUpdatePosted(At("14:10"), UpdateAudience.Customer)), Overdue, due: "14:30");
        Is(P1("stakeholdersNotified", "14:31", new StatusUpdatePosted(At("14:10"))), Done, "14:10", "14:30");
        Is(P1("stakeholdersNotified", "15:00", new Resolved(At("14:50"))), Missed, "14:50");
    }

    [Fact]
    public void InvestigationStructured_needs_every_step_and_is_missed_at_resolution_without_them()
    {
        IncidentEvent Step(string at, MethodologyStep step) => new InvestigationStep(At(at), step);
        var four = new[] { Step("14:05", MethodologyStep.Dashboards), Step("14:06", MethodologyStep.Deploys), Step("14:07", MethodologyStep.Logs), Step("14:08", MethodologyStep.Hypothesis) };

        var pending = P1("investigationStructured", "14:10", four);
        Is(pending, Pending);
        Assert.Equal("steps not recorded: test", pending.Evidence);
        Is(P1("investigationStructured", "14:20", [.. four, Step("14:15", MethodologyStep.Test)]), Done, "14:15");
        Is(P1("investigationStructured", "15:00", [.. four, new Resolved(At("14:50")), Step("14:55", MethodologyStep.Test)]), Missed, "14:50");
    }

    [Fact]
    public void MitigationApplied_has_no_due_instant()
    {
        Is(P1("mitigationApplied", "18:00"), Pending);
        Assert.Null(P1("mitigationApplied", "18:00").DueBy);
        Is(P1("mitigationApplied", "14:30", new MitigationApplied(At("14:25"), "rollback")), Done, "14:25");
        Is(P1("mitigationApplied", "15:00", new Resolved(At("14:50"))), Missed, "14:50");
    }

    [Fact]
    public void ResolutionVerified_is_missed_when_resolved_inside_the_verification_window()
    {
        Is(P1("resolutionVerified", "14:30"), Pending);
        Is(P1("resolutionVerified", "15:00", new MitigationApplied(At("14:25")), new Resolved(At("14:45"))), Done, "14:45");
        var early = P1("resolutionVerified", "15:00", new MitigationApplied(At("14:25")), new Resolved(At("14:30")));
        Is(early, Missed, "14:30");
        Assert.StartsWith("IRP6001", early.Evidence, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AllClearSent_is_due_one_cadence_after_resolution_and_counts_an_update_after_it()
    {
        Is(P1("allClearSent", "14:30"), Pending);
        Assert.Null(P1("allClearSent", "14:30").DueBy);
        Is(P1("allClearSent", "15:00", new Resolved(At("14:45"))), Pending, due: "15:15");
        Is(P1("allClearSent", "15:15", new Resolved(At("14:45"))), Overdue, due: "15:15");
        Is(P1("allClearSent", "15:20", new Resolved(At("14:45")), new StatusUpdatePosted(At("15:17"))), Done, "15:17");
        Is(P1("allClearSent", "15:20", new Resolved(At("14:45")), new StatusUpdatePosted(At("15:00"), UpdateAudience.Customer)), Overdue);
    }

    [Fact]
    public void ReviewScheduled_is_due_reviewBy_and_missed_while_the_latest_booking_is_too_late()
    {
        var resolved = new Resolved(At("14:45"));
        Is(P1("reviewScheduled", "14:30"), Pending);
        Is(P1("reviewScheduled", "15:00", resolved), Pending, due: "2024-03-17T14:45");
        Is(P1("reviewScheduled", "2024-03-17T14:45", resolved), Overdue, due: "2024-03-17T14:45");
        Is(P1("reviewScheduled", "2024-03-16T10:00", resolved, new ReviewScheduled(At("2024-03-16T09:00"), At("2024-03-17T10:00"))), Done, "2024-03-16T09:00");
        var late = new ReviewScheduled(At("2024-03-16T09:00"), At("2024-03-19T10:00"));
        Is(P1("reviewScheduled", "2024-03-16T10:00", resolved, late), Missed, "2024-03-16T09:00");
        Is(P1("reviewScheduled", "2024-03-16T12:00", resolved, late, new ReviewScheduled(At("2024-03-16T11:00"), At("2024-03-17T09:00"))), Done, "2024-03-16T11:00");
        Is(Item("reviewScheduled", "15:00", Incidents.P3Impact, resolved), NotApplicable);
    }

    [Fact]
    public void A_review_missed_because_its_only_booking_is_late_is_done_from_the_later_booking_that_fixes_it()
    {
        var resolved = new Resolved(At("14:45"));
        var late = new ReviewScheduled(At("2024-03-16T09:00"), At("2024-03-19T10:00"));
        var fix = new ReviewScheduled(At("2024-03-16T11:00"), At("2024-03-17T09:00"));
        var incident = Incidents.Record("14:00", Incidents.P1Impact, resolved, late, fix);

        var missed = Engine.Report(incident, At("2024-03-16T10:00"));

        Is(missed["reviewScheduled"], Missed, "2024-03-16T09:00", "2024-03-17T14:45");
        Assert.Equal(At("2024-03-16T11:00"), missed.NextChangeAt);
        Is(Engine.Report(incident, At("2024-03-16T11:00"))["reviewScheduled"], Done, "2024-03-16T11:00", "2024-03-17T14:45");
        Is(Engine.Report(incident, At("2024-03-20T00:00"))["reviewScheduled"], Done, "2024-03-16T11:00");
    }

    [Fact]
    public void A_review_booked_in_time_stays_done_when_a_later_booking_moves_it_past_reviewBy()
    {
        var resolved = new Resolved(At("14:45"));
        var inTime = new ReviewScheduled(At("2024-03-16T09:00"), At("2024-03-17T10:00"));
        var moved = new ReviewScheduled(At("2024-03-16T11:00"), At("2024-03-19T10:00"));

        Is(P1("reviewScheduled", "2024-03-16T12:00", resolved, inTime, moved), Done, "2024-03-16T09:00", "2024-03-17T14:45");
    }

    [Fact]
    public void ActionItemsCreated_is_done_whenever_one_exists_and_due_reviewBy_after_resolution()
    {
        var item = new ActionItemCreated(At("14:40"), "Add a test", "alice", new LocalDate(2024, 3, 29));
        Is(P1("actionItemsCreated", "14:45", item), Done, "14:40");
        Is(P1("actionItemsCreated", "14:45"), Pending);
        Is(P1("actionItemsCreated", "15:00", new Resolved(At("14:45"))), Pending, due: "2024-03-17T14:45");
        Is(P1("actionItemsCreated", "2024-03-18T00:00", new Resolved(At("14:45"))), Overdue, due: "2024-03-17T14:45");
        Is(Item("actionItemsCreated", "15:00", Incidents.P3Impact, new Resolved(At("14:45"))), NotApplicable);
        Is(Item("actionItemsCreated", "15:00", Incidents.P3Impact, item, new Resolved(At("14:45"))), Done, "14:40");
    }

    [Fact]
    public void The_overdue_items_are_what_a_status_update_may_list()
    {
        var report = Engine.Report(Incidents.Record("14:00", Incidents.P1Impact), T.Of("14:31"));

        Assert.Equal(["channelOpened", "rolesAssigned", "stakeholdersNotified", "timelineRecorded"], report.Overdue.Select(i => i.Key));
    }

    [Fact]
    public void The_report_changes_when_a_cadence_phase_ends_and_brings_the_first_update_forward()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .Level("P1", l => l.UpdateCadence(c => c.Every(Duration.FromHours(4)).For(Duration.FromHours(1))
                .ThenEvery(Duration.FromMinutes(30)).For(Duration.FromHours(2)).ThenEvery(Duration.FromHours(2))))
            .Build();
        var checklist = new ChecklistEngine(new PolicyEngine(policy));
        var incident = Incidents.Record("14:00", Incidents.P1Impact);

        var firstPhase = checklist.Report(incident, At("14:30"));
        var secondPhase = checklist.Report(incident, At("15:00"));

        Is(firstPhase["stakeholdersNotified"], Pending, due: "18:00");
        Assert.Equal(At("15:00"), firstPhase.NextChangeAt);
        Is(secondPhase["stakeholdersNotified"], Pending, due: "15:30");
        Assert.Equal(At("15:30"), secondPhase.NextChangeAt);
    }

    [Fact]
    public void Settings_that_name_an_unknown_level_are_refused()
    {
        var e = Assert.Throws<IncidentPolicy.Validation.InvalidPolicyException>(
            () => new ChecklistEngine(Engines.Default, new ChecklistSettings { RequiresChannel = ["P1", "SEV1"] }));

        Assert.Equal("$.checklist.requiresChannel[1]", Assert.Single(e.Problems).Path);
    }

    [Fact]
    public void The_items_read_as_the_procedures_checklist_in_its_order()
    {
        Assert.Equal(
            [
                ("impactAssessed", 1, "Impact assessed (who, what, when, trending)."),
                ("severityAssigned", 2, "Severity assigned and documented."),
                ("channelOpened", 3, "Incident channel or bridge opened."),
                ("rolesAssigned", 4, "Roles assigned (IC, Technical Lead, Comms, Scribe)."),
                ("stakeholdersNotified", 5, "Initial stakeholder notification sent."),
                ("timelineRecorded", 6, "Timeline being recorded in real time."),
                ("investigationStructured", 7, "Investigation following structured methodology (dashboards, deploys, logs, hypothesize, test)."),
                ("mitigationApplied", 8, "Mitigation applied and impact reducing."),
                ("resolutionVerified", 9, "Resolution verified with monitoring data."),
                ("allClearSent", 10, "All-clear communication sent."),
                ("reviewScheduled", 11, "Post-incident review scheduled (within 48 hours for P0/P1)."),
                ("actionItemsCreated", 12, "Action items created with owners and due dates."),
            ],
            ChecklistItems.All.Select(d => (d.Key, d.Order, d.Text)));
    }

    [Fact]
    public void ImpactAssessed_says_what_is_still_unknown_or_that_the_impact_was_known_at_detection()
    {
        Assert.Equal("the impact at detection", P1("impactAssessed", "14:01").Evidence);
        Assert.Equal("unknown: scope", Item("impactAssessed", "14:01", Incidents.Impact(UsersAffected.Most, ImpactScope.Unknown)).Evidence);
        Assert.Equal("unknown: usersAffected, scope", Item("impactAssessed", "14:01", Incidents.Impact(UsersAffected.Unknown, ImpactScope.Unknown)).Evidence);
    }

    [Fact]
    public void The_levels_P0_P1_and_P2_need_a_channel_by_default_and_P3_does_not()
    {
        Is(Item("channelOpened", "14:05", Incidents.P0Impact), Pending, due: "14:15");
        Is(P1("channelOpened", "14:05"), Pending, due: "14:30");
        Is(Item("channelOpened", "14:05", Incidents.P2Impact), Pending, due: "16:00");
        var p3 = Item("channelOpened", "14:05", Incidents.P3Impact);
        Is(p3, NotApplicable);
        Assert.Equal("never at a level that needs a channel", p3.Evidence);
    }

    [Fact]
    public void A_rise_to_a_more_urgent_level_brings_the_channels_due_instant_forward()
    {
        var item = Item("channelOpened", "14:20", Incidents.P2Impact, new SeverityAssigned(At("14:10"), "P1"));

        Is(item, Pending, due: "14:40");
        Assert.Equal("no channelOpened; P2 needs a channel since 2024-03-15T14:00:00Z", item.Evidence);
    }

    [Fact]
    public void Roles_and_timeline_say_why_they_do_not_apply_below_the_levels_that_require_roles()
    {
        Assert.Equal("never at a level that requires roles", Item("rolesAssigned", "14:10", Incidents.P2Impact).Evidence);
        Assert.Equal("never at a level that requires roles", Item("timelineRecorded", "14:10", Incidents.P2Impact).Evidence);
    }

    [Fact]
    public void An_event_recorded_just_before_the_resolution_counts_for_the_items()
    {
        var item = P1("mitigationApplied", "15:00", new MitigationApplied(At("14:40")), new Resolved(At("14:45")));

        Is(item, Done, "14:40");
        Assert.Equal("mitigationApplied at 2024-03-15T14:40:00Z", item.Evidence);
        Assert.Equal("mitigationApplied at 2024-03-15T14:25:00Z (rollback)", P1("mitigationApplied", "14:30", new MitigationApplied(At("14:25"), "rollback")).Evidence);
    }

    [Fact]
    public void A_resolution_at_the_end_of_the_verification_window_is_verified()
    {
        var item = P1("resolutionVerified", "15:00", new MitigationApplied(At("14:25")), new Resolved(At("14:40")));

        Is(item, Done, "14:40");
        Assert.Equal("resolved at 2024-03-15T14:40:00Z, at or after earliestResolveAt 2024-03-15T14:40:00Z", item.Evidence);
    }

    [Fact]
    public void An_internal_update_posted_at_the_resolution_is_the_all_clear()
    {
        var item = P1("allClearSent", "15:00", new Resolved(At("14:45")), new StatusUpdatePosted(At("14:45")));

        Is(item, Done, "14:45", "15:15");
        Assert.Equal("statusUpdatePosted at 2024-03-15T14:45:00Z", item.Evidence);
    }

    [Fact]
    public void The_all_clear_is_due_one_cadence_of_the_level_at_resolution_after_it()
    {
        // A P3 (a cadence of 24 hours) raised to P1 (30 minutes) at 14:10.
        Is(Item("allClearSent", "15:00", Incidents.P3Impact, new SeverityAssigned(At("14:10"), "P1"), new Resolved(At("14:45"))), Pending, due: "15:15");
    }

    [Fact]
    public void A_review_booked_for_reviewBy_itself_is_in_time()
    {
        var item = P1(
            "reviewScheduled", "2024-03-16T10:00", new Resolved(At("14:45")), new ReviewScheduled(At("2024-03-16T09:00"), At("2024-03-17T14:45")));

        Is(item, Done, "2024-03-16T09:00", "2024-03-17T14:45");
        Assert.Equal("reviewScheduled at 2024-03-16T09:00:00Z for 2024-03-17T14:45:00Z", item.Evidence);
    }
}
