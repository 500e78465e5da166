using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Communication;

/// <summary>IRP5003: customer updates follow the customer cadence of the level, with IRP5001's mechanics over customer updates only.</summary>
public sealed class CustomerUpdateMissedRuleTests
{
    private static StatusUpdatePosted Customer(string at) => new(T.Of(at), UpdateAudience.Customer);

    private static string[] Misses(PolicyEvaluation result) => [.. result.Diagnostics.Where(d => d.Id == "IRP5003").Select(d => d.At.InUtc().TimeOfDay.ToString("HH:mm", null))];

    [Fact]
    public void The_first_customer_update_of_a_P1_is_due_one_hour_after_detection()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact).Evaluate("10:20");

        Assert.Equal(T.Of("11:00"), result.Deadlines.NextCustomerUpdateBy);
        Assert.Equal(T.Of("10:30"), result.Deadlines.NextUpdateBy);
    }

    [Fact]
    public void A_P2_owes_customers_nothing()
    {
        // Until it escalates to P1 at 14:00.
        var result = Incidents.Record("10:00", Incidents.P2Impact).Evaluate("13:59");

        Assert.Null(result.Deadlines.NextCustomerUpdateBy);
        Assert.Empty(Misses(result));
    }

    [Fact]
    public void An_ignored_P0_misses_every_30_minutes()
    {
        var result = Incidents.Record("10:00", Incidents.P0Impact).Evaluate("11:30");

        Assert.Equal(["10:30", "11:00", "11:30"], Misses(result));
        Assert.Equal(T.Of("12:00"), result.Deadlines.NextCustomerUpdateBy);
        var miss = result.Diagnostics.First(d => d.Id == "IRP5003");
        Assert.Equal(DiagnosticSeverity.Warning, miss.Severity);
        Assert.Equal("No customer update by 2024-03-15T10:30:00Z: the P0 customer update cadence is 30m", miss.Message);
    }

    [Fact]
    public void A_customer_update_restarts_the_customer_cadence_and_an_internal_one_does_not()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, new StatusUpdatePosted(T.Of("10:50")), Customer("10:40")).Evaluate("11:50");

        Assert.Equal(["11:40"], Misses(result));
        Assert.Equal(T.Of("12:40"), result.Deadlines.NextCustomerUpdateBy);
    }

    [Fact]
    public void A_customer_update_exactly_at_its_due_instant_is_in_time()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, Customer("11:00")).Evaluate("11:30");

        Assert.Empty(Misses(result));
        Assert.Equal(T.Of("12:00"), result.Deadlines.NextCustomerUpdateBy);
    }

    [Fact]
    public void A_rise_from_a_level_without_a_customer_cadence_starts_one()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("10:20"), "P1")).Evaluate("10:30");

        Assert.Equal(T.Of("11:20"), result.Deadlines.NextCustomerUpdateBy);
    }

    [Fact]
    public void A_rise_between_levels_with_a_customer_cadence_moves_the_due_instant_earlier_only()
    {
        var earlier = Incidents.Record("10:00", Incidents.P1Impact, new SeverityAssigned(T.Of("10:10"), "P0")).Evaluate("10:20");
        var notLater = Incidents.Record("10:00", Incidents.P1Impact, new SeverityAssigned(T.Of("10:50"), "P0")).Evaluate("10:55");

        Assert.Equal(T.Of("10:40"), earlier.Deadlines.NextCustomerUpdateBy);
        Assert.Equal(T.Of("11:00"), notLater.Deadlines.NextCustomerUpdateBy);
    }

    [Fact]
    public void A_downgrade_to_a_level_with_a_customer_cadence_keeps_the_due_instant()
    {
        var result = Incidents.Record("10:00", Incidents.P0Impact, new SeverityAssigned(T.Of("10:10"), "P1")).Evaluate("10:20");

        Assert.Equal(T.Of("10:30"), result.Deadlines.NextCustomerUpdateBy);
    }

    [Fact]
    public void A_downgrade_keeps_the_due_instant_also_when_the_lower_levels_customer_cadence_is_shorter()
    {
        // Only a rise moves the due instant earlier: after a downgrade the next customer update stays where it was.
        var policy = ResponsePolicy.CreateBuilder().Level("P1", l => l.CustomerUpdateCadence(Duration.FromMinutes(10))).Build();

        var result = new PolicyEngine(policy).Evaluate(Incidents.Record("10:00", Incidents.P0Impact, new SeverityAssigned(T.Of("10:05"), "P1")), T.Of("10:20"));

        Assert.Equal(T.Of("10:30"), result.Deadlines.NextCustomerUpdateBy);
        Assert.Empty(Misses(result));
    }

    [Fact]
    public void A_downgrade_to_a_level_without_one_clears_it_and_entering_one_again_starts_anew()
    {
        var incident = Incidents.Record("10:00", Incidents.P1Impact, new SeverityAssigned(T.Of("10:30"), "P2"), new SeverityAssigned(T.Of("12:00"), "P1"));

        Assert.Null(incident.Evaluate("11:30").Deadlines.NextCustomerUpdateBy);
        Assert.Empty(Misses(incident.Evaluate("11:30")));
        Assert.Equal(T.Of("13:00"), incident.Evaluate("12:00").Deadlines.NextCustomerUpdateBy);
    }

    [Fact]
    public void Resolution_ends_the_customer_cadence_and_a_resolution_at_the_due_instant_is_no_miss()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, new Resolved(T.Of("11:00"))).Evaluate("13:00");

        Assert.Null(result.Deadlines.NextCustomerUpdateBy);
        Assert.Empty(Misses(result));
    }

    [Fact]
    public void The_next_evaluation_is_at_the_customer_due_instant_when_it_comes_first()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, new StatusUpdatePosted(T.Of("10:45"))).Evaluate("10:50");

        Assert.Equal(T.Of("11:00"), result.NextEvaluationAt);
    }

    [Fact]
    public void None_silences_the_diagnostic_but_keeps_the_deadline()
    {
        var engine = Engines.With(new RuleSeverityOverrides(rules: [new("IRP5003", RuleSeverity.None)]));

        var result = engine.Evaluate(Incidents.Record("10:00", Incidents.P0Impact), T.Of("11:10"));

        Assert.Empty(Misses(result));
        Assert.Equal(T.Of("11:30"), result.Deadlines.NextCustomerUpdateBy);
    }

    [Fact]
    public void A_policy_without_customer_cadences_has_no_customer_deadline()
    {
        var policy = ResponsePolicy.CreateBuilder().Level("P0", l => l.CustomerUpdateCadence((CadenceSchedule?)null)).Level("P1", l => l.CustomerUpdateCadence((CadenceSchedule?)null)).Build();

        var result = new PolicyEngine(policy).Evaluate(Incidents.Record("10:00", Incidents.P0Impact), T.Of("12:00"));

        Assert.Null(result.Deadlines.NextCustomerUpdateBy);
        Assert.Empty(Misses(result));
    }

    [Fact]
    public void The_phase_moves_on_and_never_back()
    {
        var incident = Incidents.Record(
            "10:00",
            Incidents.P1Impact,
            new MitigationApplied(T.Of("10:20")),
            new CauseIdentified(T.Of("10:30"), "a bad deploy"),
            new Resolved(T.Of("11:00")),
            new CauseIdentified(T.Of("11:10"), "a bad config"));

        Assert.Equal(IncidentPhase.Investigating, incident.Evaluate("10:10").Phase);
        Assert.Equal(IncidentPhase.Mitigating, incident.Evaluate("10:40").Phase);
        Assert.Equal(IncidentPhase.Resolved, incident.Evaluate("11:30").Phase);
        Assert.Equal(T.Of("10:20"), incident.Evaluate("10:10").NextEvaluationAt);
    }

    [Fact]
    public void A_cause_makes_the_phase_identified_and_is_a_change_of_the_result()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new CauseIdentified(T.Of("10:20"), "disk full"), new MitigationApplied(T.Of("10:40")));

        Assert.Equal(T.Of("10:20"), incident.Evaluate("10:10").NextEvaluationAt);
        Assert.Equal(IncidentPhase.Identified, incident.Evaluate("10:30").Phase);
        Assert.Equal(IncidentPhase.Mitigating, incident.Evaluate("10:40").Phase);
    }
}
