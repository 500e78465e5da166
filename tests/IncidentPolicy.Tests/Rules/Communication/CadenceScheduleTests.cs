using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Communication;

/// <summary>Cadence schedules (IRP5001): the cadence in force follows the incident's age, and a phase boundary moves the next update as a rise does.</summary>
public sealed class CadenceScheduleTests
{
    /// <summary>P0: status updates every 20 minutes for the first 2 hours, then hourly.</summary>
    private static readonly PolicyEngine Widening = Engine("""[{ "every": "PT20M", "for": "PT2H" }, { "every": "PT1H" }]""");

    /// <summary>P0: an update within the hour for the first 30 minutes, then every 10 minutes.</summary>
    private static readonly PolicyEngine Narrowing = Engine("""[{ "every": "PT1H", "for": "PT30M" }, { "every": "PT10M" }]""");

    private static PolicyEngine Engine(string p0Cadence) =>
        new(PolicyJson.ReadOverride($$"""{ "severities": { "P0": { "updateCadence": {{p0Cadence}} } } }"""));

    private static PolicyEvaluation Evaluate(PolicyEngine engine, string at, params IncidentEvent[] events) =>
        engine.Evaluate(Incidents.Record("10:00", Incidents.P0Impact, events), T.Of(at));

    [Fact]
    public void The_first_update_is_due_one_cadence_of_the_first_phase_after_detection()
    {
        Assert.Equal(T.Of("10:20"), Evaluate(Widening, "10:00").Deadlines.NextUpdateBy);
    }

    [Fact]
    public void An_update_takes_the_cadence_in_force_at_the_update()
    {
        Assert.Equal(T.Of("12:10"), Evaluate(Widening, "11:50", new StatusUpdatePosted(T.Of("11:50"))).Deadlines.NextUpdateBy);
        Assert.Equal(T.Of("13:05"), Evaluate(Widening, "12:05", new StatusUpdatePosted(T.Of("12:05"))).Deadlines.NextUpdateBy);
    }

    [Fact]
    public void A_boundary_that_would_move_the_update_later_changes_nothing_and_wakes_nobody()
    {
        // Due 12:10 from the update at 11:50; the hourly phase from 12:00 would give 13:00, later: nothing changes at 12:00.
        // (A customer update at 11:50 too, so the customer cadence has nothing due before 12:20.)
        var result = Evaluate(Widening, "11:55", new StatusUpdatePosted(T.Of("11:50")), new StatusUpdatePosted(T.Of("11:50"), UpdateAudience.Customer));

        Assert.Equal(T.Of("12:10"), result.Deadlines.NextUpdateBy);
        Assert.Equal(T.Of("12:10"), result.NextEvaluationAt);
    }

    [Fact]
    public void An_ignored_incident_is_reminded_at_the_cadence_in_force_at_each_miss()
    {
        var result = Evaluate(Widening, "13:00");

        var missed = result.Diagnostics.Where(d => d.Id == "IRP5001").ToList();
        Assert.Equal(
            [T.Of("10:20"), T.Of("10:40"), T.Of("11:00"), T.Of("11:20"), T.Of("11:40"), T.Of("12:00"), T.Of("13:00")],
            missed.Select(d => d.At));
        Assert.EndsWith("the P0 update cadence is 20m", missed[0].Message, System.StringComparison.Ordinal);
        Assert.EndsWith("the P0 update cadence is 1h", missed[^1].Message, System.StringComparison.Ordinal);
        Assert.Equal(T.Of("14:00"), result.Deadlines.NextUpdateBy);
    }

    [Fact]
    public void A_boundary_to_a_shorter_cadence_moves_the_next_update_earlier_at_the_boundary()
    {
        var before = Evaluate(Narrowing, "10:20");
        var at = Evaluate(Narrowing, "10:30");

        Assert.Equal((T.Of("11:00"), T.Of("10:30")), (before.Deadlines.NextUpdateBy!.Value, before.NextEvaluationAt!.Value));
        Assert.Equal(T.Of("10:40"), at.Deadlines.NextUpdateBy);
    }

    [Fact]
    public void A_boundary_to_a_shorter_customer_cadence_moves_the_next_customer_update_earlier_at_the_boundary()
    {
        // P0: a customer update within the hour for the first 30 minutes, then every 10 minutes.
        var engine = new PolicyEngine(PolicyJson.ReadOverride(
            """{ "severities": { "P0": { "customerUpdateCadence": [{ "every": "PT1H", "for": "PT30M" }, { "every": "PT10M" }] } } }"""));

        var before = Evaluate(engine, "10:20");
        var at = Evaluate(engine, "10:30");

        Assert.Equal((T.Of("11:00"), T.Of("10:30")), (before.Deadlines.NextCustomerUpdateBy!.Value, before.NextEvaluationAt!.Value));
        Assert.Equal(T.Of("10:40"), at.Deadlines.NextCustomerUpdateBy);
    }

    [Fact]
    public void A_boundary_keeps_an_earlier_due_instant()
    {
        // An update at 10:25 makes the next due 11:25; the 10-minute phase from 10:30 makes it 10:40.
        Assert.Equal(T.Of("10:40"), Evaluate(Narrowing, "10:30", new StatusUpdatePosted(T.Of("10:25"))).Deadlines.NextUpdateBy);

        // A status update exactly at the boundary takes the new phase's cadence.
        Assert.Equal(T.Of("10:40"), Evaluate(Narrowing, "10:30", new StatusUpdatePosted(T.Of("10:30"))).Deadlines.NextUpdateBy);
    }

    [Fact]
    public void The_schedule_follows_the_incidents_age_not_the_time_at_the_level()
    {
        // Detected P2 at 10:00, raised to P0 at 12:30: P0's age is read from detection, so its hourly phase is in force.
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("12:30"), "P0"));

        Assert.Equal(T.Of("13:30"), Widening.Evaluate(incident, T.Of("12:30")).Deadlines.NextUpdateBy);
    }

    [Fact]
    public void Resolution_stops_the_schedule()
    {
        var result = Evaluate(Narrowing, "11:00", new Resolved(T.Of("10:20")));

        Assert.Null(result.Deadlines.NextUpdateBy);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP5001");
    }

    [Fact]
    public void Daily_updates_on_business_days_are_due_at_the_end_of_the_next_business_day()
    {
        var engine = new PolicyEngine(PolicyJson.ReadOverride("""{ "severities": { "P3": { "updateCadence": { "businessDays": 1 } } } }"""));

        // Friday 15 March 2024 10:00 UTC: the next business day is Monday, 17:00 in the default calendar.
        var result = engine.Evaluate(Incidents.Record("10:00", Incidents.P3Impact, new StatusUpdatePosted(T.Of("2024-03-18T09:00"))), T.Of("2024-03-18T09:00"));

        Assert.Equal(T.Of("2024-03-19T17:00"), result.Deadlines.NextUpdateBy);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP5001");
    }
}
