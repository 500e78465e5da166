using System;
using System.Linq;
using IncidentPolicy.Diff;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Diff;

/// <summary><see cref="PolicyDiff"/>: what a change of policy does to a record, field by field, and nothing when nothing changes.</summary>
public sealed class PolicyDiffTests
{
    private static PolicyEngine Override(string json) => new(PolicyJson.ReadOverride(json));

    private static string[] Summary(IncidentDiff diff) => [.. diff.Changes.Select(c => $"{WireNames.ChangeKind.Name(c.Kind)} {c.Path}")];

    [Fact]
    public void The_default_policy_and_the_default_policy_written_and_read_back_change_nothing_on_any_sample()
    {
        var readBack = new PolicyEngine(PolicyJson.Read(PolicyJson.Write(ResponsePolicy.Default)));
        foreach (var name in Repository.SampleIncidentNames)
        {
            var incident = IncidentJson.ReadIncident(Repository.SampleIncident(name), name);
            foreach (var at in new[] { PolicyDiff.DefaultInstant(incident), incident.DetectedAt + Duration.FromDays(10) })
            {
                var diff = PolicyDiff.Compare(Engines.Default, readBack, incident, at);

                Assert.False(diff.HasChanges, $"{name} at {at}: {string.Join("; ", Summary(diff))}");
                Assert.Empty(diff.Changes);
            }
        }
    }

    [Fact]
    public void A_shorter_P1_response_time_moves_responseBy_and_makes_the_acknowledgement_and_the_roles_late_and_nothing_else()
    {
        var incident = Incidents.Record("14:00", Incidents.P1Impact, new Acknowledged(T.Of("14:20"), "bob"));

        var diff = PolicyDiff.Compare(Engines.Default, Override("""{ "severities": { "P1": { "responseTime": "PT15M" } } }"""), incident);

        Assert.Equal(T.Of("14:20"), diff.At);
        Assert.Equal(["changed deadlines.responseBy", "added diagnostics", "added diagnostics"], Summary(diff));
        var deadline = Assert.IsType<InstantChange>(diff.Changes[0]);
        Assert.Equal((T.Of("14:30"), T.Of("14:15")), (deadline.Before, deadline.After));
        // The response is late, and the roles a P1 requires fall due one response time after detection: now before 14:20.
        var late = diff.Changes.OfType<DiagnosticChange>().ToList();
        Assert.All(late, d => Assert.Null(d.Before));
        Assert.Equal([("IRP2001", T.Of("14:15")), ("IRP4002", T.Of("14:15"))], late.Select(d => (d.After!.Id, d.After.At)));
        Assert.Equal(diff.After.Diagnostics, late.Select(d => d.After!));
        Assert.Empty(diff.Before.Diagnostics);
    }

    [Fact]
    public void An_earlier_escalation_moves_the_history_entry_and_the_notifications_of_the_level_rather_than_adding_and_removing_them()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact);

        var diff = PolicyDiff.Compare(
            Engines.Default, Override("""{ "severities": { "P2": { "escalateAfter": "PT3H" } } }"""), incident, T.Of("14:30"));

        var history = Assert.Single(diff.Changes.OfType<SeverityHistoryChange>());
        Assert.Equal(ChangeKind.Changed, history.Kind);
        Assert.Equal(("P1", "IRP3001", T.Of("14:00"), T.Of("13:00")), (history.Before!.Severity.Name, history.After!.RuleId, history.Before.Since, history.After.Since));
        Assert.Equal(("P2 unresolved for 4h", "P2 unresolved for 3h"), (history.Before.Reason, history.After.Reason));
        var notified = diff.Changes.OfType<NotificationChange>().ToList();
        Assert.Equal(["customerSupportLead", "engineeringManager"], notified.Select(n => n.After!.Recipient));
        Assert.All(notified, n => Assert.Equal((ChangeKind.Changed, T.Of("14:00"), T.Of("13:00")), (n.Kind, n.Before!.At, n.After!.At)));
        var escalates = diff.Changes.OfType<InstantChange>().Single(c => c.Path == "deadlines.escalatesAt");
        Assert.Equal((T.Of("16:00"), T.Of("15:00")), (escalates.Before, escalates.After));
        Assert.DoesNotContain(diff.Changes, c => c.Path is "severity" or "peakSeverity");
    }

    [Fact]
    public void A_recipient_taken_off_a_level_is_removed_and_one_put_on_is_added()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new Acknowledged(T.Of("10:05")));

        var diff = PolicyDiff.Compare(
            Engines.Default, Override("""{ "severities": { "P2": { "notify": ["onCallEngineer", "engineeringManager"] } } }"""), incident);

        Assert.Equal(["removed notifications", "added notifications"], Summary(diff));
        var removed = Assert.IsType<NotificationChange>(diff.Changes[0]);
        var added = Assert.IsType<NotificationChange>(diff.Changes[1]);
        Assert.Equal(("engineeringManager", NotificationChannel.Page, T.Of("10:00")), (added.After!.Recipient, added.After.Channel, added.After.At));
        Assert.Null(added.Before);
        Assert.Equal(("teamLead", NotificationChannel.Chat), (removed.Before!.Recipient, removed.Before.Channel));
        Assert.Null(removed.After);
    }

    [Fact]
    public void A_recipient_reached_another_way_is_a_changed_notification()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new Acknowledged(T.Of("10:05")));

        var diff = PolicyDiff.Compare(Engines.Default, Override("""{ "recipients": { "teamLead": "page" } }"""), incident);

        var change = Assert.IsType<NotificationChange>(Assert.Single(diff.Changes));
        Assert.Equal((ChangeKind.Changed, NotificationChannel.Chat, NotificationChannel.Page), (change.Kind, change.Before!.Channel, change.After!.Channel));
    }

    [Fact]
    public void A_rule_turned_off_makes_its_diagnostic_disappear_and_a_rule_set_to_warning_changes_its_severity()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new Acknowledged(T.Of("12:30")));

        var off = PolicyDiff.Compare(Engines.Default, Override("""{ "rules": { "IRP2001": { "severity": "none" } } }"""), incident);
        var warning = PolicyDiff.Compare(Engines.Default, Override("""{ "rules": { "IRP2001": { "severity": "warning" } } }"""), incident);

        Assert.Equal(["removed diagnostics"], Summary(off));
        Assert.Equal(("IRP2001", T.Of("12:00")), (((DiagnosticChange)off.Changes[0]).Before!.Id, ((DiagnosticChange)off.Changes[0]).Before!.At));
        var changed = Assert.IsType<DiagnosticChange>(Assert.Single(warning.Changes));
        Assert.Equal(
            (ChangeKind.Changed, DiagnosticSeverity.Error, DiagnosticSeverity.Warning, T.Of("12:00")),
            (changed.Kind, changed.Before!.Severity, changed.After!.Severity, changed.After.At));
    }

    [Fact]
    public void A_level_change_shows_in_the_severity_the_peak_and_the_history()
    {
        // The matrix puts most users of degraded core functionality at P1 instead of P2.
        var incident = Incidents.Record("10:00", Incidents.Impact(UsersAffected.Most, ImpactScope.CoreDegraded), new Acknowledged(T.Of("10:05")));

        var diff = PolicyDiff.Compare(Engines.Default, Override("""{ "classification": { "coreDegraded": { "most": "P1" } } }"""), incident);

        Assert.Equal(
            [("severity", "P2", "P1"), ("peakSeverity", "P2", "P1")],
            diff.Changes.OfType<FieldChange>().Select(c => (c.Path, c.Before, c.After)));
        var history = diff.Changes.OfType<SeverityHistoryChange>().ToList();
        Assert.Equal([ChangeKind.Removed, ChangeKind.Added], history.Select(h => h.Kind));
        Assert.Equal(("P2", "P1"), (history[0].Before!.Severity.Name, history[1].After!.Severity.Name));
    }

    [Fact]
    public void Changes_come_in_the_order_of_the_results_fields()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact);

        var diff = PolicyDiff.Compare(
            Engines.Default, Override("""{ "severities": { "P2": { "escalateAfter": "PT1H", "responseTime": "PT1H" } } }"""), incident, T.Of("13:00"));

        string[] order = ["severity", "peakSeverity", "status", "phase", "channel", "severityHistory", .. Deadline.All.Select(d => "deadlines." + d.Name), "notifications", "diagnostics", "nextEvaluationAt"];
        var positions = diff.Changes.Select(c => Array.IndexOf(order, c.Path)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains(diff.Changes, c => c.Path == "severity");
        Assert.Contains(diff.Changes, c => c.Path == "diagnostics");
    }

    [Fact]
    public void The_default_instant_is_the_last_recorded_event_whatever_the_order_of_the_events_or_the_detection_without_events()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new Resolved(T.Of("12:00")), new Acknowledged(T.Of("10:05")));

        Assert.Equal(T.Of("12:00"), PolicyDiff.DefaultInstant(incident));
        Assert.Equal(T.Of("10:00"), PolicyDiff.DefaultInstant(Incidents.Record("10:00", Incidents.P2Impact)));
    }

    [Fact]
    public void A_change_of_when_the_result_next_changes_is_the_last_change_with_both_instants()
    {
        var result = Engines.Default.Evaluate(Incidents.Record("10:00", Incidents.P2Impact), T.Of("10:00"));
        var before = result with { NextEvaluationAt = T.Of("12:00") };

        var earlier = Assert.IsType<InstantChange>(Assert.Single(PolicyDiff.Compare(before, result with { NextEvaluationAt = T.Of("11:00") }).Changes));
        var never = Assert.IsType<InstantChange>(Assert.Single(PolicyDiff.Compare(before, result with { NextEvaluationAt = null }).Changes));

        Assert.Equal(("nextEvaluationAt", ChangeKind.Changed, T.Of("12:00"), T.Of("11:00")), (earlier.Path, earlier.Kind, earlier.Before, earlier.After));
        Assert.Equal(("nextEvaluationAt", T.Of("12:00"), (Instant?)null), (never.Path, never.Before, never.After));
    }

    [Fact]
    public void A_record_whose_events_are_all_before_its_detection_is_compared_at_its_detection_and_refused_as_invalid()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new Acknowledged(T.Of("09:50")));

        Assert.Equal(T.Of("10:00"), PolicyDiff.DefaultInstant(incident));
        Assert.Throws<InvalidIncidentException>(() => PolicyDiff.Compare(Engines.Default, Engines.Default, incident));
    }

    [Fact]
    public void Only_two_evaluations_of_one_incident_at_one_instant_compare()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact);
        var at10 = Engines.Default.Evaluate(incident, T.Of("10:00"));

        Assert.Throws<ArgumentException>(() => PolicyDiff.Compare(at10, Engines.Default.Evaluate(incident, T.Of("11:00"))));
        Assert.Throws<ArgumentException>(() => PolicyDiff.Compare(at10, at10 with { IncidentId = "INC-2" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyDiff.Compare(Engines.Default, Engines.Default, incident, T.Of("09:59")));
        Assert.Empty(PolicyDiff.Compare(at10, at10).Changes);
    }

    [Fact]
    public void The_json_names_each_change_by_its_path_with_before_and_after_in_the_shape_of_the_result()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new Acknowledged(T.Of("10:05")));
        var diff = PolicyDiff.Compare(
            Engines.Default, Override("""{ "severities": { "P2": { "responseTime": "PT1H", "notify": ["onCallEngineer"] } } }"""), incident);

        Assert.Equal(
            """
            {
              "incidentId": "INC-1",
              "source": null,
              "at": "2024-03-15T10:05:00Z",
              "changes": [
                {
                  "path": "deadlines.responseBy",
                  "change": "changed",
                  "before": "2024-03-15T12:00:00Z",
                  "after": "2024-03-15T11:00:00Z"
                },
                {
                  "path": "notifications",
                  "change": "removed",
                  "before": {
                    "recipient": "teamLead",
                    "severity": "P2",
                    "at": "2024-03-15T10:00:00Z",
                    "ruleId": "IRP4001",
                    "key": "INC-1/teamLead",
                    "channel": "chat",
                    "reason": "teamLead is notified on entering P2"
                  },
                  "after": null
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            PolicyDiffJson.Write(diff));
    }

    [Fact]
    public void The_report_names_both_policies_and_each_records_source()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact);
        var diff = PolicyDiff.Compare(Engines.Default, Engines.Default, incident) with { Source = "incidents/a.json" };

        Assert.Equal(
            """{"from":"default","to":"london.json","incidents":[{"incidentId":"INC-1","source":"incidents/a.json","at":"2024-03-15T10:00:00Z","changes":[]}]}""",
            PolicyDiffJson.WriteReport("default", "london.json", [diff], indented: false));
    }
}
