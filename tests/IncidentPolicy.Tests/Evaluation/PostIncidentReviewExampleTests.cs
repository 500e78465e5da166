using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>
/// The timeline of the post-incident review example (<c>samples/incidents/payments-down-p1.json</c>), end to end: alert at 14:00, P1 declared at 14:05, rollback at
/// 14:25, resolved at 14:45, handled by the book.
/// </summary>
public sealed class PostIncidentReviewExampleTests
{
    private static readonly IncidentRecord OrdersFailing = new(
        "INC-2024-0315-1",
        "Order error rate > 5%",
        T.Of("14:00"),
        Incidents.Impact(UsersAffected.Most, ImpactScope.CoreDegraded),
        [
            new SeverityAssigned(T.Of("14:05"), "P1", "carol", "orders failing for most users"),
            new Acknowledged(T.Of("14:05"), "bob"),
            new RoleAssigned(T.Of("14:06"), IncidentRole.IncidentCommander, "carol"),
            new RoleAssigned(T.Of("14:06"), IncidentRole.TechnicalLead, "bob"),
            new RoleAssigned(T.Of("14:07"), IncidentRole.CommunicationsLead, "erin"),
            new RoleAssigned(T.Of("14:08"), IncidentRole.Scribe, "frank"),
            new StatusUpdatePosted(T.Of("14:20")),
            new MitigationApplied(T.Of("14:25"), "rollback"),
            new StatusUpdatePosted(T.Of("14:45")),
            new Resolved(T.Of("14:45")),
            new ReviewCompleted(T.Of("2024-03-16T10:00")),
        ]);

    [Fact]
    public void At_14_05_the_incident_is_P1_with_its_deadlines_and_the_P1_recipients_notified()
    {
        var result = OrdersFailing.Evaluate("14:05");

        Assert.Equal(["P2", "P1"], result.SeverityHistory.Select(h => h.Severity.Name));
        Assert.Equal(T.Of("14:35"), result.Deadlines.ResponseBy); // P2 due 16:00, the rise to P1 at 14:05 makes it 14:35
        Assert.Equal(T.Of("14:35"), result.Deadlines.NextUpdateBy);
        Assert.Equal(T.Of("16:05"), result.Deadlines.EscalatesAt);
        Assert.Equal(
            ["onCallEngineer", "teamLead", "engineeringManager", "customerSupportLead"],
            result.Notifications.Select(n => n.Recipient));
        Assert.Equal("#incident-2024-03-15-order-error-rate-5", result.Channel);
    }

    [Fact]
    public void At_14_30_the_incident_is_mitigated_and_may_be_resolved_from_14_40()
    {
        var result = OrdersFailing.Evaluate("14:30");

        Assert.Equal(IncidentStatus.Mitigated, result.Status);
        Assert.Equal(T.Of("14:40"), result.Deadlines.EarliestResolveAt);
        Assert.Equal(T.Of("14:45"), result.NextEvaluationAt);
    }

    [Fact]
    public void Resolved_at_14_45_the_review_falls_due_48_hours_later()
    {
        var result = OrdersFailing.Evaluate("14:45");

        Assert.Equal(IncidentStatus.Resolved, result.Status);
        Assert.Equal(T.Of("2024-03-17T14:45"), result.Deadlines.ReviewBy);
        Assert.Null(result.Deadlines.NextUpdateBy);
        Assert.Null(result.Deadlines.EscalatesAt);
        // The review completed on 16 March meets the deadline and changes no field: nothing to wake up for.
        Assert.Null(result.NextEvaluationAt);
    }

    [Fact]
    public void Handled_by_the_book_the_incident_has_no_diagnostics_and_nothing_left_to_wait_for()
    {
        var result = OrdersFailing.Evaluate("2024-03-20T00:00");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("P1", result.PeakSeverity.Name);
        Assert.Null(result.NextEvaluationAt);
    }
}
