using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Response;

/// <summary>IRP2001: the response time of docs/procedure.md, from detection to the first acknowledgement.</summary>
public sealed class ResponseMissedRuleTests
{
    public static TheoryData<string, string, string> ResponseTimes => new()
    {
        { "P0", "10:00", "10:15" },
        { "P1", "10:00", "10:30" },
        { "P2", "10:00", "12:00" },
    };

    [Theory]
    [MemberData(nameof(ResponseTimes))]
    public void The_response_is_due_one_response_time_after_detection(string level, string detected, string due)
    {
        var result = Incidents.Record(detected, Incidents.ImpactFor(level)).Evaluate(detected);

        Assert.Equal(T.Of(due), result.Deadlines.ResponseBy);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(ResponseTimes))]
    public void Evaluated_exactly_at_the_deadline_without_a_response_the_breach_shows(string level, string detected, string due)
    {
        var before = Incidents.Record(detected, Incidents.ImpactFor(level)).Evaluate(T.Of(due) - NodaTime.Duration.FromSeconds(1));
        var at = Incidents.Record(detected, Incidents.ImpactFor(level)).Evaluate(due);

        Assert.DoesNotContain(before.Diagnostics, d => d.Id == "IRP2001");
        Assert.True(before.NextEvaluationAt <= T.Of(due));
        var missed = Assert.Single(at.Diagnostics, d => d.Id == "IRP2001");
        Assert.Equal((DiagnosticSeverity.Error, T.Of(due)), (missed.Severity, missed.At));
    }

    [Fact]
    public void The_message_says_when_and_what_the_response_time_was()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact).Evaluate("12:00");

        Assert.Equal("No acknowledgement by 2024-03-15T12:00:00Z: the P2 response time is 2h", Assert.Single(result.Diagnostics, d => d.Id == "IRP2001").Message);
    }

    [Fact]
    public void An_acknowledgement_exactly_at_the_deadline_is_in_time()
    {
        var result = Incidents.Record("10:00", Incidents.P0Impact, new Acknowledged(T.Of("10:15"), "bob")).Evaluate("10:20");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP2001");
        Assert.Equal(T.Of("10:15"), result.Deadlines.ResponseBy);
    }

    [Fact]
    public void A_resolution_before_any_acknowledgement_counts_as_the_response()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact, new Resolved(T.Of("11:00"))).Evaluate("13:00");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP2001");
    }

    [Fact]
    public void A_missed_response_stays_reported_after_the_late_acknowledgement()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, new Acknowledged(T.Of("10:45"))).Evaluate("11:00");

        Assert.Equal(T.Of("10:30"), Assert.Single(result.Diagnostics, d => d.Id == "IRP2001").At);
        Assert.Equal(T.Of("10:30"), result.Deadlines.ResponseBy);
    }

    [Fact]
    public void A_rise_before_the_response_moves_the_deadline_to_the_rise_plus_the_new_response_time_when_earlier()
    {
        // P2 due 12:00; P1 at 10:10 gives 10:40.
        var result = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("10:10"), "P1")).Evaluate("10:10");

        Assert.Equal(T.Of("10:40"), result.Deadlines.ResponseBy);
    }

    [Fact]
    public void A_rise_never_moves_the_deadline_later()
    {
        // P2 due 12:00; P1 at 11:50 would give 12:20: the deadline stays 12:00.
        var result = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("11:50"), "P1")).Evaluate("11:50");

        Assert.Equal(T.Of("12:00"), result.Deadlines.ResponseBy);
    }

    [Fact]
    public void A_downgrade_does_not_move_the_deadline()
    {
        var result = Incidents.Record("10:00", Incidents.P0Impact, new SeverityAssigned(T.Of("10:05"), "P3")).Evaluate("10:20");

        Assert.Equal(T.Of("10:15"), result.Deadlines.ResponseBy);
        Assert.Contains(result.Diagnostics, d => d.Id == "IRP2001" && d.At == T.Of("10:15"));
    }

    [Fact]
    public void A_rise_after_the_response_changes_nothing()
    {
        var result = Incidents.Record(
            "10:00", Incidents.P2Impact, new Acknowledged(T.Of("10:05")), new SeverityAssigned(T.Of("10:10"), "P0")).Evaluate("12:00");

        Assert.Equal(T.Of("12:00"), result.Deadlines.ResponseBy);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP2001");
    }

    [Fact]
    public void With_IRP2001_off_the_deadline_is_still_shown_but_nothing_is_reported_and_nobody_is_woken_for_it()
    {
        var engine = Engines.With(new RuleSeverityOverrides(rules: [new("IRP2001", RuleSeverity.None)]));
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new StatusUpdatePosted(T.Of("10:20")));

        var result = engine.Evaluate(incident, T.Of("10:25"));
        var later = engine.Evaluate(incident, T.Of("13:00"));

        Assert.Equal(T.Of("12:00"), result.Deadlines.ResponseBy);
        Assert.DoesNotContain(later.Diagnostics, d => d.Id == "IRP2001");
        Assert.Equal(T.Of("12:20"), result.NextEvaluationAt); // the next update, not the response deadline
    }

    [Fact]
    public void A_rise_whose_response_time_ends_at_the_deadline_in_force_keeps_that_deadline_and_its_level()
    {
        // P2 at 10:00: due 12:00. P1 at 11:30 would be due 11:30 + 30 min = 12:00, the same instant: nothing moves.
        var result = Incidents.Record("10:00", Incidents.P2Impact, new SeverityAssigned(T.Of("11:30"), "P1")).Evaluate("12:00");

        Assert.Equal(T.Of("12:00"), result.Deadlines.ResponseBy);
        var missed = Assert.Single(result.Diagnostics, d => d.Id == "IRP2001");
        Assert.Equal("No acknowledgement by 2024-03-15T12:00:00Z: the P2 response time is 2h", missed.Message);
    }
}
