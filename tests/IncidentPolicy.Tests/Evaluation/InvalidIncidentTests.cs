using System;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>A record that breaks the format's rules is refused whole, with the event and the reason.</summary>
public sealed class InvalidIncidentTests
{
    private static InvalidIncidentException Refused(IncidentRecord incident, string at = "18:00") =>
        Assert.Throws<InvalidIncidentException>(() => incident.Evaluate(at));

    [Fact]
    public void An_event_before_detection_is_refused_naming_the_event()
    {
        var error = Refused(Incidents.Record("10:00", Incidents.P2Impact, new Acknowledged(T.Of("10:05")), new Acknowledged(T.Of("09:59"))));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.events[1].at", problem.Path);
        Assert.Equal("acknowledged at 2024-03-15T09:59:00Z is before detectedAt 2024-03-15T10:00:00Z; events cannot precede detection", problem.Message);
    }

    [Fact]
    public void A_second_resolved_is_refused_naming_both()
    {
        var error = Refused(Incidents.Record("10:00", Incidents.P2Impact, new Resolved(T.Of("11:00")), new Resolved(T.Of("12:00"))));

        Assert.Equal("$.events[1]", Assert.Single(error.Problems).Path);
        Assert.Contains("already resolved by $.events[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_severity_is_refused_listing_the_policys_levels()
    {
        var error = Refused(Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("11:00"), "P9")));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("$.events[0].severity", "unknown level \"P9\"; expected P0, P1, P2 or P3"), (problem.Path, problem.Message));
    }

    [Fact]
    public void An_unknown_role_or_a_missing_person_is_refused()
    {
        var error = Refused(Incidents.Record("10:00", Incidents.P2Impact, new RoleAssigned(T.Of("11:00"), (IncidentRole)42, "")));

        Assert.Equal(["$.events[0].role", "$.events[0].person"], error.Problems.Select(p => p.Path));
    }

    [Fact]
    public void A_missing_id_or_reassessed_impact_is_refused()
    {
        var error = Refused(new IncidentRecord("", "x", T.Of("10:00"), Incidents.P2Impact, [new ImpactReassessed(T.Of("11:00"), null!)]));

        Assert.Equal(["$.id", "$.events[0].impact"], error.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Every_problem_is_listed_in_one_exception()
    {
        var error = Refused(Incidents.Record(
            "10:00",
            Incidents.P2Impact,
            new SeverityAssigned(T.Of("09:00"), "P7"),
            new Resolved(T.Of("11:00")),
            new Resolved(T.Of("12:00"))));

        Assert.Equal(3, error.Problems.Length);
        Assert.Contains("has 3 problems", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_after_the_evaluation_instant_are_checked_too()
    {
        Refused(Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("20:00"), "P9")), at: "11:00");
    }

    [Fact]
    public void An_evaluation_instant_before_detection_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Incidents.Record("10:00", Incidents.P2Impact).Evaluate("09:00"));

        Assert.Contains("before incident 'INC-1' was detected", error.Message, StringComparison.Ordinal);
    }
}
