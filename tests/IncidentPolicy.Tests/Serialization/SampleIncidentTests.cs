using System.IO;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>samples/incidents/: each sample is a valid record for the default policy and does what its name says.</summary>
public sealed class SampleIncidentTests
{
    private static IncidentRecord Sample(string name) => IncidentJson.ReadIncident(Repository.SampleIncident(name), name);

    private static PolicyEvaluation Evaluate(string name, string at) => Engines.Default.Evaluate(Sample(name), T.Of(at));

    [Theory]
    [MemberData(nameof(SampleIncidents.Names), MemberType = typeof(SampleIncidents))]
    public void Each_sample_evaluates_without_error_from_detection_to_ten_days_later(string sample)
    {
        var incident = Sample(sample);

        foreach (var hours in new[] { 0, 1, 6, 24, 72, 240 })
        {
            var result = Engines.Default.Evaluate(incident, incident.DetectedAt + Duration.FromHours(hours));
            Assert.Equal(incident.Id, result.IncidentId);
        }
    }

    [Fact]
    public void Payments_down_is_a_P1_handled_by_the_book_with_no_diagnostics()
    {
        var result = Evaluate("payments-down-p1.json", "2024-03-20T00:00");

        Assert.Equal(["P2 IRP1001", "P1 manual"], result.SeverityHistory.Select(h => $"{h.Severity} {h.RuleId}"));
        Assert.Equal("P1", result.PeakSeverity.Name);
        Assert.Equal(IncidentStatus.Resolved, result.Status);
        Assert.Equal("#incident-2024-03-15-payments-down", result.Channel);
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.NextEvaluationAt);
    }

    [Fact]
    public void A_P2_nobody_acts_on_is_P1_after_4_hours_and_P0_after_6()
    {
        Assert.Equal("P2", Evaluate("p2-climbs-to-p0.json", "13:59").Severity.Name);
        Assert.Equal("P1", Evaluate("p2-climbs-to-p0.json", "14:00").Severity.Name);

        var result = Evaluate("p2-climbs-to-p0.json", "16:00");

        Assert.Equal("P0", result.Severity.Name);
        Assert.Equal(["P2 IRP1001", "P1 IRP3001", "P0 IRP3001"], result.SeverityHistory.Select(h => $"{h.Severity} {h.RuleId}"));
        Assert.Contains(result.Diagnostics, d => d.Id == "IRP2001");
    }

    [Fact]
    public void A_security_breach_is_P0_from_detection_and_a_downgrade_is_refused()
    {
        var result = Evaluate("security-breach.json", "2024-03-20T00:00");

        Assert.Equal(["P0 IRP1002"], result.SeverityHistory.Select(h => $"{h.Severity} {h.RuleId}"));
        var refusal = Assert.Single(result.Diagnostics, d => d.Id != "IRP5003");
        Assert.Equal(("IRP1002", DiagnosticSeverity.Error, T.Of("2024-03-14T09:50")), (refusal.Id, refusal.Severity, refusal.At));

        // No customer update was recorded: the P0 customer cadence (30 minutes) is missed until the resolution at 10:45.
        Assert.Equal(
            [T.Of("2024-03-14T09:42"), T.Of("2024-03-14T10:12"), T.Of("2024-03-14T10:42")],
            result.Diagnostics.Where(d => d.Id == "IRP5003").Select(d => d.At));
        Assert.Equal(5, result.Notifications.Length);
    }

    [Fact]
    public void A_P3_detected_on_a_Friday_evening_is_due_by_the_end_of_Monday_and_Monday_morning_is_in_time()
    {
        var friday = Evaluate("p3-on-a-friday.json", "2024-03-15T18:30");
        var later = Evaluate("p3-on-a-friday.json", "2024-03-20T00:00");

        Assert.Equal(IsoDayOfWeek.Friday, Sample("p3-on-a-friday.json").DetectedAt.InUtc().DayOfWeek);
        Assert.Equal("P3", friday.Severity.Name);
        Assert.Equal(T.Of("2024-03-18T17:00"), friday.Deadlines.ResponseBy);
        Assert.DoesNotContain(later.Diagnostics, d => d.Id == "IRP2001");
        Assert.Equal(["assignedEngineer"], later.Notifications.Select(n => n.Recipient));
    }

    [Fact]
    public void Resolved_within_the_verification_window_after_a_mitigation_reports_IRP6001()
    {
        var result = Evaluate("resolved-too-early.json", "2024-03-20T00:00");

        var tooEarly = Assert.Single(result.Diagnostics);
        Assert.Equal(("IRP6001", T.Of("11:50")), (tooEarly.Id, tooEarly.At));
        Assert.Equal(T.Of("12:10"), result.Deadlines.EarliestResolveAt);
    }

    [Fact]
    public void A_P2_opened_on_a_Friday_evening_in_London_escalates_at_night_and_its_review_falls_due_after_the_clocks_change()
    {
        var london = PolicyJson.ReadOverride(File.ReadAllText(Repository.PathOf("samples", "policies", "london.json")), source: "london.json");
        var incident = Sample("p2-on-a-friday-evening.json");

        var result = new PolicyEngine(london).Evaluate(incident, incident.DetectedAt + Duration.FromHours(72));

        Assert.Equal("Europe/London", london.Calendar.TimeZone.Id);
        Assert.Equal(new LocalDateTime(2024, 3, 29, 17, 55), incident.DetectedAt.InZone(london.Calendar.TimeZone).LocalDateTime);
        Assert.Equal(["P2 IRP1001", "P1 IRP3001"], result.SeverityHistory.Select(h => $"{h.Severity} {h.RuleId}"));
        Assert.Equal(IncidentStatus.Resolved, result.Status);
        Assert.Equal(
            ["IRP5001 2024-03-29T21:30:00Z", "IRP5001 2024-03-29T22:50:00Z", "IRP5003 2024-03-29T22:55:00Z", "IRP7001 2024-03-31T23:10:00Z"],
            result.Diagnostics.Select(d => $"{d.Id} {d.At}"));
        Assert.Equal(new LocalDateTime(2024, 4, 1, 0, 10), result.Deadlines.ReviewBy!.Value.InZone(london.Calendar.TimeZone).LocalDateTime);
    }
}
