using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Communication;

/// <summary>IRP5001: the update cadence of docs/procedure.md (P0 15 min, P1 30 min, P2 2 h, P3 daily if ongoing).</summary>
public sealed class UpdateMissedRuleTests
{
    [Theory]
    [InlineData("P0", "10:15")]
    [InlineData("P1", "10:30")]
    [InlineData("P2", "12:00")]
    [InlineData("P3", "2024-03-16T10:00")]
    public void The_first_update_is_due_one_cadence_after_detection(string level, string due)
    {
        Assert.Equal(T.Of(due), Incidents.Record("10:00", Incidents.ImpactFor(level)).Evaluate("10:00").Deadlines.NextUpdateBy);
    }

    [Fact]
    public void An_ignored_P0_reports_a_missed_update_every_15_minutes_like_a_reminder()
    {
        var result = Incidents.Record("10:00", Incidents.P0Impact).Evaluate("11:00");

        Assert.Equal(
            [T.Of("10:15"), T.Of("10:30"), T.Of("10:45"), T.Of("11:00")],
            result.Diagnostics.Where(d => d.Id == "IRP5001").Select(d => d.At));
        Assert.All(result.Diagnostics.Where(d => d.Id == "IRP5001"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(T.Of("11:15"), result.Deadlines.NextUpdateBy);
    }

    [Fact]
    public void The_message_names_the_due_instant_and_the_cadence()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact).Evaluate("10:30");

        Assert.Equal("No status update by 2024-03-15T10:30:00Z: the P1 update cadence is 30m", result.Diagnostics.Single(d => d.Id == "IRP5001").Message);
    }

    [Fact]
    public void An_update_due_at_the_escalation_instant_is_missed_under_the_cadence_that_made_it_due_and_the_next_follows_the_new_level()
    {
        // An ignored P2: updates due 12:00 and 14:00 (every 2 h); it escalates to P1 at 14:00 (after 4 h), the same instant.
        // The 14:00 update was due by P2's cadence, so that is what it names; the next is due by P1's, 30 minutes later.
        // (Both timers elapse at 14:00, escalation first; in either order the result is this one.)
        var result = Incidents.Record("10:00", Incidents.P2Impact).Evaluate("14:00");

        Assert.Equal(
            ["No status update by 2024-03-15T12:00:00Z: the P2 update cadence is 2h", "No status update by 2024-03-15T14:00:00Z: the P2 update cadence is 2h"],
            result.Diagnostics.Where(d => d.Id == "IRP5001").Select(d => d.Message));
        Assert.Equal("P1", result.Severity.Name);
        Assert.Equal(T.Of("14:30"), result.Deadlines.NextUpdateBy);
    }

    [Fact]
    public void A_status_update_makes_the_next_one_due_one_cadence_later()
    {
        var result = Incidents.Record("10:00", Incidents.P0Impact, new StatusUpdatePosted(T.Of("10:10"))).Evaluate("10:20");

        Assert.Equal(T.Of("10:25"), result.Deadlines.NextUpdateBy);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP5001");
    }

    [Fact]
    public void An_update_that_leaves_the_next_one_due_where_it_was_wakes_no_host()
    {
        // A business-day cadence: an update on Friday morning makes the next one due by the end of Monday, as detection did.
        var engine = new PolicyEngine(PolicyJson.ReadOverride("""{ "severities": { "P2": { "updateCadence": "nextBusinessDay" } } }"""));
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new StatusUpdatePosted(T.Of("10:00:36")));

        var atDetection = engine.Evaluate(incident, T.Of("10:00"));
        var afterTheUpdate = engine.Evaluate(incident, T.Of("10:00:36"));

        Assert.Equal(afterTheUpdate.Deadlines.NextUpdateBy, atDetection.Deadlines.NextUpdateBy);
        Assert.Equal(T.Of("12:00"), atDetection.NextEvaluationAt);
        Assert.Equal(afterTheUpdate.NextEvaluationAt, atDetection.NextEvaluationAt);
    }

    [Fact]
    public void An_update_exactly_at_the_due_instant_is_in_time()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, new StatusUpdatePosted(T.Of("10:30"))).Evaluate("10:45");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP5001");
        Assert.Equal(T.Of("11:00"), result.Deadlines.NextUpdateBy);
    }

    [Fact]
    public void A_rise_moves_the_next_update_to_the_rise_plus_the_new_cadence_when_earlier()
    {
        // P2 update due 12:00; P0 at 10:30 gives 10:45.
        var result = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("10:30"), "P0")).Evaluate("10:30");

        Assert.Equal(T.Of("10:45"), result.Deadlines.NextUpdateBy);
    }

    [Fact]
    public void A_downgrade_does_not_move_the_next_update()
    {
        var result = Incidents.Record("10:00", Incidents.P0Impact, new SeverityAssigned(T.Of("10:05"), "P3")).Evaluate("10:05");

        Assert.Equal(T.Of("10:15"), result.Deadlines.NextUpdateBy);
    }

    [Fact]
    public void After_a_miss_the_next_update_is_due_one_cadence_of_the_level_then()
    {
        // P0 missed at 10:15, then downgraded to P2 at 10:20: the next reminder after 10:30 follows P2's 2 h.
        var result = Incidents.Record("10:00", Incidents.P0Impact, new SeverityAssigned(T.Of("10:20"), "P2")).Evaluate("10:40");

        Assert.Equal([T.Of("10:15"), T.Of("10:30")], result.Diagnostics.Where(d => d.Id == "IRP5001").Select(d => d.At));
        Assert.Equal(T.Of("12:30"), result.Deadlines.NextUpdateBy);
    }

    [Fact]
    public void The_cadence_ends_at_resolution()
    {
        var result = Incidents.Record("10:00", Incidents.P0Impact, new Resolved(T.Of("10:15"))).Evaluate("12:00");

        Assert.Null(result.Deadlines.NextUpdateBy);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP5001");
    }
}
