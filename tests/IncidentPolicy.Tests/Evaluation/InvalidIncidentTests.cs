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
        Assert.Equal("missing: expected who holds the role", error.Problems[1].Message);
    }

    [Fact]
    public void A_missing_id_or_reassessed_impact_is_refused()
    {
        var error = Refused(new IncidentRecord("", "x", T.Of("10:00"), Incidents.P2Impact, [new ImpactReassessed(T.Of("11:00"), null!)]));

        Assert.Equal(["$.id", "$.events[0].impact"], error.Problems.Select(p => p.Path));
        Assert.Equal("missing: expected the reassessed impact", error.Problems[1].Message);
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
    public void The_records_own_problems_come_before_those_of_its_events_whichever_check_found_them()
    {
        var error = Refused(new IncidentRecord(
            "",
            "x",
            T.Of("10:00"),
            Incidents.P2Impact,
            [new SeverityAssigned(T.Of("11:00"), "P9"), new Acknowledged(T.Of("10:05")), new CauseIdentified(T.Of("11:05"), " ")]));

        Assert.Equal(["$.id", "$.events[0].severity", "$.events[2].summary"], error.Problems.Select(p => p.Path));
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

    [Fact]
    public void An_evaluation_with_a_checkpoint_refuses_the_same_as_one_without()
    {
        var record = Incidents.Record("10:00", Incidents.P2Impact);
        var invalid = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("10:30"), "P9"));

        var early = Assert.Throws<ArgumentOutOfRangeException>(() => Engines.Default.EvaluateWithCheckpoint(record, T.Of("09:00")));
        var problems = Assert.Throws<InvalidIncidentException>(() => Engines.Default.EvaluateWithCheckpoint(invalid, T.Of("11:00")));

        Assert.Equal(Assert.Throws<ArgumentOutOfRangeException>(() => record.Evaluate("09:00")).Message, early.Message);
        Assert.Equal(Assert.Throws<InvalidIncidentException>(() => invalid.Evaluate("11:00")).Message, problems.Message);
    }

    [Fact]
    public void A_record_built_in_code_gets_each_of_its_events_problems_at_its_place()
    {
        var error = Refused(Incidents.Record(
            "10:00",
            Incidents.P2Impact,
            new SeverityAssigned(T.Of("10:01"), " "),
            new ImpactReassessed(T.Of("10:02"), new ImpactUpdate((UsersAffected)42, (ImpactScope)43)),
            new StatusUpdatePosted(T.Of("10:03"), (UpdateAudience)44),
            new CauseIdentified(T.Of("10:04"), " "),
            new InvestigationStep(T.Of("10:05"), (MethodologyStep)45),
            new Observation(T.Of("10:06"), (ObservedSignal)46),
            new ActionItemCreated(T.Of("10:07"), " ", "", new NodaTime.LocalDate(2024, 4, 1)),
            new ImpactReassessed(T.Of("10:08"), new ImpactUpdate(Scope: ImpactScope.CoreDegraded))));

        Assert.Equal(
            [
                "$.events[0].severity", "$.events[1].impact.usersAffected", "$.events[1].impact.scope", "$.events[2].audience",
                "$.events[3].summary", "$.events[4].step", "$.events[5].signal", "$.events[6].title", "$.events[6].owner",
            ],
            error.Problems.Select(p => p.Path));
        var messages = error.Problems.ToDictionary(p => p.Path, p => p.Message);
        Assert.Equal("missing: expected the name of a severity level", messages["$.events[0].severity"]);
        Assert.Equal("missing: expected the cause in words", messages["$.events[3].summary"]);
        Assert.Equal("missing: expected what is to be done", messages["$.events[6].title"]);
        Assert.Equal("missing: expected who owns it", messages["$.events[6].owner"]);
        foreach (var (path, value) in new[] { ("usersAffected", 42), ("scope", 43), ("audience", 44), ("step", 45), ("signal", 46) })
        {
            Assert.Matches($"^unknown [a-z ]+ {value}; expected ", messages.Single(m => m.Key.EndsWith("." + path, StringComparison.Ordinal)).Value);
        }
    }

    [Fact]
    public void A_record_built_in_code_that_starts_after_its_detection_is_refused()
    {
        var error = Refused(Incidents.Record("10:00", Incidents.P2Impact) with { StartedAt = T.Of("10:30") });

        var problem = Assert.Single(error.Problems);
        Assert.Equal(
            ("$.startedAt", "startedAt 2024-03-15T10:30:00Z is after detectedAt 2024-03-15T10:00:00Z; an incident starts at or before its detection"),
            (problem.Path, problem.Message));
    }
}
