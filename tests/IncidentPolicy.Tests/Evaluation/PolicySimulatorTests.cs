using System;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>The what-if timeline: what a host that never polls would see, from detection to a horizon.</summary>
public sealed class PolicySimulatorTests
{
    private static IncidentRecord Sample(string name) => IncidentJson.ReadIncident(Repository.SampleIncident(name), name);

    private static PolicySimulation Simulate(string sample, string until) => PolicySimulator.Simulate(Engines.Default, Sample(sample), T.Of(until));

    private static string[] Lines(PolicySimulation simulation, SimulatedActionKind kind) =>
        [.. simulation.Actions.Where(a => a.Kind == kind).Select(a => a.ToString())];

    [Fact]
    public void A_P2_nobody_acts_on_enters_P1_at_14_and_P0_at_16_in_time_order()
    {
        var simulation = Simulate("p2-climbs-to-p0.json", "18:00");

        Assert.Equal(
            ["2024-03-15T10:00:00Z P2 (IRP1001): subset of users, non-core functionality",
             "2024-03-15T14:00:00Z P1 (IRP3001): P2 unresolved for 4h",
             "2024-03-15T16:00:00Z P0 (IRP3001): P1 unresolved for 2h"],
            Lines(simulation, SimulatedActionKind.SeverityChanged));
        Assert.Equal(simulation.Actions.OrderBy(a => a.At), simulation.Actions);
        Assert.Equal(T.Of("10:00"), simulation.From);
        Assert.Equal(T.Of("18:00"), simulation.Until);
    }

    [Fact]
    public void Every_notification_and_diagnostic_of_the_result_at_the_horizon_appears_once_at_its_own_instant()
    {
        var simulation = Simulate("p2-climbs-to-p0.json", "18:00");
        var atHorizon = Engines.Default.Evaluate(Sample("p2-climbs-to-p0.json"), T.Of("18:00"));

        Assert.Equal(atHorizon.Notifications, simulation.Actions.OfType<NotificationAction>().Select(a => a.Notification));
        Assert.Equal(atHorizon.Diagnostics, simulation.Actions.OfType<DiagnosticAction>().Select(a => a.Diagnostic));
        Assert.All(simulation.Actions.OfType<NotificationAction>(), a => Assert.Equal(a.Notification.At, a.At));
        Assert.All(simulation.Actions.OfType<DiagnosticAction>(), a => Assert.Equal(a.Diagnostic.At, a.At));
        Assert.Equal(IncidentJson.WriteEvaluation(atHorizon), IncidentJson.WriteEvaluation(simulation.Final));
    }

    [Fact]
    public void A_notification_and_a_diagnostic_read_as_one_line_each()
    {
        var simulation = Simulate("p2-climbs-to-p0.json", "18:00");

        Assert.Equal(
            ["2024-03-15T10:00:00Z notify onCallEngineer (IRP4001, key INC-2024-0315-2/onCallEngineer)",
             "2024-03-15T10:00:00Z notify teamLead (IRP4001, key INC-2024-0315-2/teamLead)"],
            Lines(simulation, SimulatedActionKind.Notification)[..2]);
        Assert.Equal(
            ["2024-03-15T12:00:00Z IRP2001 Error: No acknowledgement by 2024-03-15T12:00:00Z: the P2 response time is 2h",
             "2024-03-15T12:00:00Z IRP5001 Warning: No status update by 2024-03-15T12:00:00Z: the P2 update cadence is 2h"],
            Lines(simulation, SimulatedActionKind.Diagnostic)[..2]);
    }

    [Fact]
    public void It_reports_what_a_host_stepping_at_each_next_evaluation_reports_and_wakes_at_the_same_instants()
    {
        var incident = Sample("p2-on-a-friday-evening.json");
        var until = incident.DetectedAt + Duration.FromHours(72);

        var simulation = PolicySimulator.Simulate(Engines.Default, incident, until);
        var (evaluations, actions) = StepByStep.Run(Engines.Default, incident, until);

        Assert.Equal(evaluations.Select(e => e.EvaluatedAt), simulation.EvaluatedAt.ToArray());
        Assert.Equal(
            actions.Select(a => a.What).Order(StringComparer.Ordinal),
            simulation.Actions
                .Where(a => a is NotificationAction or DiagnosticAction)
                .Select(a => a is NotificationAction n ? $"notify {n.Notification}" : $"diagnostic {((DiagnosticAction)a).Diagnostic}")
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Deadlines_are_reported_when_set_moved_and_cleared()
    {
        var simulation = Simulate("p2-on-a-friday-evening.json", "2024-04-01T17:55");

        Assert.Equal(
            ["2024-03-29T17:55:00Z responseBy unset -> 2024-03-29T19:55:00Z",
             "2024-03-29T17:55:00Z nextUpdateBy unset -> 2024-03-29T19:55:00Z",
             "2024-03-29T17:55:00Z escalatesAt unset -> 2024-03-29T21:55:00Z",
             "2024-03-29T19:30:00Z nextUpdateBy 2024-03-29T19:55:00Z -> 2024-03-29T21:30:00Z",
             "2024-03-29T21:30:00Z nextUpdateBy 2024-03-29T21:30:00Z -> 2024-03-29T23:30:00Z",
             "2024-03-29T21:55:00Z nextUpdateBy 2024-03-29T23:30:00Z -> 2024-03-29T22:25:00Z",
             "2024-03-29T21:55:00Z escalatesAt 2024-03-29T21:55:00Z -> 2024-03-29T23:55:00Z",
             "2024-03-29T21:55:00Z nextCustomerUpdateBy unset -> 2024-03-29T22:55:00Z",
             "2024-03-29T22:20:00Z nextUpdateBy 2024-03-29T22:25:00Z -> 2024-03-29T22:50:00Z",
             "2024-03-29T22:40:00Z earliestResolveAt unset -> 2024-03-29T22:55:00Z",
             "2024-03-29T22:50:00Z nextUpdateBy 2024-03-29T22:50:00Z -> 2024-03-29T23:20:00Z",
             "2024-03-29T22:55:00Z nextCustomerUpdateBy 2024-03-29T22:55:00Z -> 2024-03-29T23:55:00Z",
             "2024-03-29T23:10:00Z nextUpdateBy 2024-03-29T23:20:00Z -> unset",
             "2024-03-29T23:10:00Z escalatesAt 2024-03-29T23:55:00Z -> unset",
             "2024-03-29T23:10:00Z reviewBy unset -> 2024-03-31T23:10:00Z",
             "2024-03-29T23:10:00Z nextCustomerUpdateBy 2024-03-29T23:55:00Z -> unset"],
            Lines(simulation, SimulatedActionKind.DeadlineChanged));
    }

    [Fact]
    public void Status_changes_are_reported_at_the_mitigation_and_the_resolution()
    {
        var simulation = Simulate("payments-down-p1.json", "2024-03-20T00:00");

        Assert.Equal(
            ["2024-03-15T14:25:00Z status Mitigated", "2024-03-15T14:45:00Z status Resolved"],
            Lines(simulation, SimulatedActionKind.StatusChanged));
        Assert.Null(simulation.Final.NextEvaluationAt);
    }

    [Fact]
    public void A_missed_review_after_the_resolution_is_part_of_the_timeline()
    {
        var simulation = Simulate("p2-on-a-friday-evening.json", "2024-04-01T17:55");

        var last = simulation.Actions[^1];
        Assert.Equal(("IRP7001", T.Of("2024-03-31T23:10")), (last.RuleId, last.At));
        Assert.Equal(T.Of("2024-04-01T17:55"), simulation.Final.EvaluatedAt);
    }

    [Fact]
    public void Nothing_after_the_horizon_is_simulated_and_events_after_it_are_ignored()
    {
        var simulation = Simulate("payments-down-p1.json", "14:04");

        Assert.All(simulation.Actions, a => Assert.True(a.At <= T.Of("14:04")));
        Assert.All(simulation.EvaluatedAt, at => Assert.True(at <= T.Of("14:04")));
        Assert.Equal("P2", simulation.Final.Severity.Name);
        Assert.DoesNotContain(simulation.Actions, a => a.RuleId == SeverityChange.ManualRuleId);
    }

    [Fact]
    public void A_horizon_at_the_detection_evaluates_once()
    {
        var simulation = Simulate("p2-climbs-to-p0.json", "10:00");

        Assert.Equal([T.Of("10:00")], simulation.EvaluatedAt.ToArray());
        Assert.Equal(["2024-03-15T10:00:00Z P2 (IRP1001): subset of users, non-core functionality"], Lines(simulation, SimulatedActionKind.SeverityChanged));
    }

    [Fact]
    public void An_event_at_the_horizon_is_simulated()
    {
        var simulation = Simulate("payments-down-p1.json", "14:05");

        Assert.Equal(T.Of("14:05"), simulation.Final.EvaluatedAt);
        Assert.Equal("P1", simulation.Final.Severity.Name);
        Assert.Contains(simulation.Actions, a => a.RuleId == SeverityChange.ManualRuleId && a.At == T.Of("14:05"));
    }

    [Fact]
    public void A_horizon_before_the_detection_is_refused_naming_both_instants()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => Simulate("p2-climbs-to-p0.json", "09:59"));

        Assert.Equal("until", refused.ParamName);
        Assert.StartsWith(
            "The horizon 2024-03-15T09:59:00Z is before incident 'INC-2024-0315-2' was detected (2024-03-15T10:00:00Z).",
            refused.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_ids_name_the_rule_and_are_null_for_status_and_deadline_changes()
    {
        var simulation = Simulate("payments-down-p1.json", "2024-03-20T00:00");

        Assert.Contains(simulation.Actions, a => a.Kind == SimulatedActionKind.SeverityChanged && a.RuleId == "manual");
        Assert.All(simulation.Actions.Where(a => a.Kind == SimulatedActionKind.Notification), a => Assert.Equal("IRP4001", a.RuleId));
        Assert.All(
            simulation.Actions.Where(a => a.Kind is SimulatedActionKind.StatusChanged or SimulatedActionKind.DeadlineChanged),
            a => Assert.Null(a.RuleId));
    }

    [Fact]
    public void The_json_form_has_the_library_conventions_and_the_final_evaluation_in_the_result_shape()
    {
        var incident = Sample("p2-on-a-friday-evening.json");
        var simulation = PolicySimulator.Simulate(Engines.Default, incident, incident.DetectedAt + Duration.FromHours(72));

        var json = IncidentJson.WriteSimulation(simulation);

        Assert.DoesNotContain('\r', json);
        Assert.StartsWith("{\n  \"incidentId\": \"INC-2024-0329-1\",\n  \"from\": \"2024-03-29T17:55:00Z\",\n  \"until\": \"2024-04-01T17:55:00Z\",", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["incidentId", "from", "until", "actions", "evaluatedAt", "final"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(simulation.Actions.Length, root.GetProperty("actions").GetArrayLength());
        Assert.Equal(
            ["severityChanged", "statusChanged", "notification", "diagnostic", "deadlineChanged"],
            root.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).Distinct().Order(StringComparer.Ordinal)
                .OrderBy(k => Array.IndexOf(["severityChanged", "statusChanged", "notification", "diagnostic", "deadlineChanged"], k)));
        var deadline = root.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("kind").GetString() == "deadlineChanged");
        Assert.Equal(
            """{"at":"2024-03-29T17:55:00Z","kind":"deadlineChanged","ruleId":null,"deadline":"responseBy","from":null,"to":"2024-03-29T19:55:00Z"}""",
            JsonText.Minify(deadline.GetRawText()));
        Assert.Equal(IncidentJson.WriteEvaluation(simulation.Final, indented: false), JsonText.Minify(root.GetProperty("final").GetRawText()));
        Assert.Equal(JsonText.Minify(json), IncidentJson.WriteSimulation(simulation, indented: false));
    }
}
