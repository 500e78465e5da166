using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>The reference evaluation example (<see cref="Support.SpecDocuments"/>): a P2 detected at 10:00 with no events, evaluated at 17:00.</summary>
public sealed class SpecExampleTests
{
    private static readonly IncidentRecord Incident = new(
        "INC-2024-0315-2", "Search degraded in EU", T.Of("10:00"), Incidents.P2Impact);

    [Fact]
    public void An_ignored_P2_is_P0_by_17_00_with_the_spec_examples_history_and_deadlines()
    {
        var result = Incident.Evaluate("17:00");

        Assert.Equal("P0", result.Severity.Name);
        Assert.Equal("P0", result.PeakSeverity.Name);
        Assert.Equal(IncidentStatus.Open, result.Status);
        Assert.Equal("#incident-2024-03-15-search-degraded-in-eu", result.Channel);
        Assert.Equal(
            [("P2", T.Of("10:00"), "IRP1001", "subset of users, non-core functionality"),
             ("P1", T.Of("14:00"), "IRP3001", "P2 unresolved for 4h"),
             ("P0", T.Of("16:00"), "IRP3001", "P1 unresolved for 2h")],
            result.SeverityHistory.Select(h => (h.Severity.Name, h.Since, h.RuleId, h.Reason)));
        Assert.Equal(T.Of("12:00"), result.Deadlines.ResponseBy);
        Assert.Equal(T.Of("17:15"), result.Deadlines.NextUpdateBy);
        Assert.Null(result.Deadlines.EscalatesAt);
        Assert.Null(result.Deadlines.EarliestResolveAt);
        Assert.Null(result.Deadlines.ReviewBy);
        Assert.Equal(T.Of("17:15"), result.NextEvaluationAt);
    }

    [Fact]
    public void An_ignored_P2_has_the_spec_examples_six_notifications_twelve_diagnostics_and_four_missed_customer_updates()
    {
        var result = Incident.Evaluate("17:00");

        Assert.Equal(
            ["onCallEngineer", "teamLead", "engineeringManager", "customerSupportLead", "vpEngineering", "communications"],
            result.Notifications.Select(n => n.Recipient));
        Assert.All(result.Notifications, n => Assert.Equal($"INC-2024-0315-2/{n.Recipient}", n.Key));
        Assert.Equal(
            ["IRP2001 12:00", "IRP5001 12:00", "IRP5001 14:00", "IRP4002 14:30", "IRP5001 14:30", "IRP5001 15:00", "IRP5003 15:00", "IRP5001 15:30",
             "IRP5001 16:00", "IRP5003 16:00", "IRP5001 16:15", "IRP5001 16:30", "IRP5003 16:30", "IRP5001 16:45", "IRP5001 17:00", "IRP5003 17:00"],
            result.Diagnostics.Select(d => $"{d.Id} {d.At.InUtc().TimeOfDay:HH:mm}"));
    }
}
