using System.Linq;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Escalation;

/// <summary>IRP3001: "If a P2 is not resolved within 4 hours, escalate to P1. If a P1 is not resolved within 2 hours, escalate to P0."</summary>
public sealed class EscalationRuleTests
{
    [Fact]
    public void An_unresolved_P2_escalates_to_P1_after_4h_and_to_P0_2h_later()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact).Evaluate("16:00");

        Assert.Equal(
            [("P2", T.Of("10:00")), ("P1", T.Of("14:00")), ("P0", T.Of("16:00"))],
            result.SeverityHistory.Select(h => (h.Severity.Name, h.Since)));
        Assert.Equal(["P2 unresolved for 4h", "P1 unresolved for 2h"], result.SeverityHistory.Skip(1).Select(h => h.Reason));
    }

    [Fact]
    public void Escalation_happens_exactly_at_the_delay_and_not_a_second_before()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact);

        Assert.Equal("P2", incident.Evaluate(T.Of("14:00") - NodaTime.Duration.FromSeconds(1)).Severity.Name);
        Assert.Equal("P1", incident.Evaluate("14:00").Severity.Name);
    }

    [Fact]
    public void The_escalation_instant_is_shown_and_is_the_next_evaluation()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, new Acknowledged(T.Of("10:05")), new StatusUpdatePosted(T.Of("11:45"))).Evaluate("11:50");

        Assert.Equal(T.Of("12:00"), result.Deadlines.EscalatesAt);
        Assert.Equal(T.Of("12:00"), result.NextEvaluationAt);
    }

    [Fact]
    public void An_incident_resolved_exactly_at_its_escalation_instant_does_not_escalate()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact, new Resolved(T.Of("14:00"))).Evaluate("20:00");

        Assert.Equal("P2", result.Severity.Name);
        Assert.Null(result.Deadlines.EscalatesAt);
    }

    [Fact]
    public void Mitigation_does_not_stop_the_escalation_clock()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact, new MitigationApplied(T.Of("11:00"), "rollback")).Evaluate("14:00");

        Assert.Equal("P1", result.Severity.Name);
    }

    [Fact]
    public void The_clock_counts_time_at_the_current_level_so_a_manual_change_restarts_it()
    {
        // P2 at 10:00, a person raises to P1 at 11:00: P1's 2 h run from 11:00.
        var result = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("11:00"), "P1")).Evaluate("12:59");

        Assert.Equal(T.Of("13:00"), result.Deadlines.EscalatesAt);
        Assert.Equal("P1", result.Severity.Name);
    }

    [Fact]
    public void A_manual_downgrade_restarts_the_clock_of_the_lower_level()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, new SeverityAssigned(T.Of("11:00"), "P2")).Evaluate("14:59");

        Assert.Equal("P2", result.Severity.Name);
        Assert.Equal(T.Of("15:00"), result.Deadlines.EscalatesAt);
    }

    [Fact]
    public void Levels_without_an_escalation_step_never_escalate()
    {
        Assert.Null(Incidents.Record("10:00", Incidents.P0Impact).Evaluate("20:00").Deadlines.EscalatesAt);
        var p3 = Incidents.Record("10:00", Incidents.P3Impact).Evaluate("2024-03-20T10:00");
        Assert.Equal("P3", p3.Severity.Name);
        Assert.Null(p3.Deadlines.EscalatesAt);
    }

    [Fact]
    public void Nothing_escalates_after_resolution()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact, new Resolved(T.Of("12:00"))).Evaluate("2024-03-16T10:00");

        Assert.Single(result.SeverityHistory);
    }

    [Fact]
    public void With_IRP3001_off_nothing_escalates_and_escalatesAt_is_null()
    {
        var engine = Engines.With(new RuleSeverityOverrides(rules: [new("IRP3001", RuleSeverity.None)]));

        var result = engine.Evaluate(Incidents.Record("10:00", Incidents.P2Impact), T.Of("20:00"));

        Assert.Equal("P2", result.Severity.Name);
        Assert.Null(result.Deadlines.EscalatesAt);
    }
}
