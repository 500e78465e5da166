using System.Linq;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Record;

/// <summary>A person sets the severity with a severityAssigned event, up or down.</summary>
public sealed class ManualSeverityAssignmentRuleTests
{
    [Fact]
    public void A_manual_assignment_is_recorded_with_rule_manual_and_the_persons_reason()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("10:05"), "P1", "alice", "checkout failing")).Evaluate("10:05");

        Assert.Equal(("P1", T.Of("10:05"), "manual", "checkout failing"), (result.SeverityHistory[1].Severity.Name, result.SeverityHistory[1].Since, result.SeverityHistory[1].RuleId, result.SeverityHistory[1].Reason));
    }

    [Fact]
    public void Without_a_reason_the_history_says_who_assigned_it()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("10:05"), "P3", "bob")).Evaluate("10:05");

        Assert.Equal("assigned by bob", result.SeverityHistory[1].Reason);
    }

    [Fact]
    public void Without_a_reason_or_a_name_the_history_says_it_was_assigned_manually()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("10:10"), "P1", " ", " ")).Evaluate("10:10");

        Assert.Equal(("manual", "assigned manually"), (result.SeverityHistory[1].RuleId, result.SeverityHistory[1].Reason));
    }

    [Fact]
    public void A_manual_downgrade_is_allowed_and_the_peak_stays()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, new SeverityAssigned(T.Of("10:30"), "P3")).Evaluate("11:00");

        Assert.Equal(("P3", "P1"), (result.Severity.Name, result.PeakSeverity.Name));
    }

    [Fact]
    public void An_assignment_of_the_level_in_force_is_no_change_and_does_not_restart_the_escalation_clock()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("12:00"), "P2")).Evaluate("13:00");

        Assert.Single(result.SeverityHistory);
        Assert.Equal(T.Of("14:00"), result.Deadlines.EscalatesAt);
    }

    [Fact]
    public void Several_changes_at_the_same_instant_each_get_their_own_history_entry_in_record_order()
    {
        var result = Incidents.Record(
            "10:00",
            Incidents.P3Impact,
            new SeverityAssigned(T.Of("10:00"), "P2"),
            new SeverityAssigned(T.Of("10:00"), "P1")).Evaluate("10:00");

        Assert.Equal(["P3", "P2", "P1"], result.SeverityHistory.Select(h => h.Severity.Name));
        Assert.All(result.SeverityHistory, h => Assert.Equal(T.Of("10:00"), h.Since));
    }
}
