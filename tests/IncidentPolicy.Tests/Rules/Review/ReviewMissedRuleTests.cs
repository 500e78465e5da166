using IncidentPolicy.Evaluation;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Review;

/// <summary>IRP7001: "Conduct a post-incident review (PIR) within 48 hours of resolution for P0/P1 incidents and within one week for P2 incidents."</summary>
public sealed class ReviewMissedRuleTests
{
    [Theory]
    [InlineData("P0", "2024-03-17T15:00")]
    [InlineData("P1", "2024-03-17T15:00")]
    [InlineData("P2", "2024-03-22T15:00")]
    public void The_review_is_due_after_resolution_by_the_peak_level(string level, string due)
    {
        var result = Incidents.Record("14:00", Incidents.P3Impact, new SeverityAssigned(T.Of("14:00"), level), new Resolved(T.Of("15:00"))).Evaluate("15:00");

        Assert.Equal(T.Of(due), result.Deadlines.ReviewBy);
    }

    [Fact]
    public void P3_incidents_need_no_review()
    {
        var result = Incidents.Record("14:00", Incidents.P3Impact, new Resolved(T.Of("15:00"))).Evaluate("2024-04-30T00:00");

        Assert.Null(result.Deadlines.ReviewBy);
        Assert.Null(result.NextEvaluationAt);
    }

    [Fact]
    public void The_peak_decides_not_the_level_at_resolution()
    {
        // P2 escalated to P1 at 18:00, then downgraded to P2 and resolved: the P1 peak calls for 48 h.
        var result = Incidents.Record(
            "14:00", Incidents.P2Impact, new SeverityAssigned(T.Of("18:30"), "P2"), new Resolved(T.Of("19:00"))).Evaluate("19:00");

        Assert.Equal(T.Of("2024-03-17T19:00"), result.Deadlines.ReviewBy);
    }

    [Fact]
    public void A_review_not_completed_by_the_deadline_is_reported_at_the_deadline_and_stays()
    {
        var incident = Incidents.Record("14:00", Incidents.P1Impact, new Resolved(T.Of("15:00")), new ReviewCompleted(T.Of("2024-03-18T09:00")));

        var result = incident.Evaluate("2024-03-19T00:00");

        var missed = Assert.Single(result.Diagnostics, d => d.Id == "IRP7001");
        Assert.Equal((DiagnosticSeverity.Warning, T.Of("2024-03-17T15:00")), (missed.Severity, missed.At));
        Assert.Equal("No post-incident review by 2024-03-17T15:00:00Z: a P1 incident is reviewed within 48h of resolution", missed.Message);
        Assert.Equal(T.Of("2024-03-17T15:00"), result.Deadlines.ReviewBy);
    }

    [Fact]
    public void A_review_completed_in_time_reports_nothing_and_ends_the_incidents_timeline()
    {
        var result = Incidents.Record("14:00", Incidents.P1Impact, new Resolved(T.Of("15:00")), new ReviewCompleted(T.Of("2024-03-16T10:00"))).Evaluate("2024-03-20T00:00");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP7001");
        Assert.Null(result.NextEvaluationAt);
    }

    [Fact]
    public void A_review_completed_before_resolution_has_no_effect()
    {
        var result = Incidents.Record("14:00", Incidents.P1Impact, new ReviewCompleted(T.Of("14:30")), new Resolved(T.Of("15:00"))).Evaluate("2024-03-18T00:00");

        Assert.Single(result.Diagnostics, d => d.Id == "IRP7001");
    }
}
