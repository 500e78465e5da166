using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Resolution;

/// <summary>IRP6001: "Monitor for at least 15 minutes (P0/P1) or 30 minutes (P2) before declaring resolved."</summary>
public sealed class ResolvedTooEarlyRuleTests
{
    [Theory]
    [InlineData("P0", "14:40")]
    [InlineData("P1", "14:40")]
    [InlineData("P2", "14:55")]
    public void The_earliest_resolve_instant_is_the_last_mitigation_plus_the_levels_window(string level, string earliest)
    {
        var result = Incidents.Record("14:00", Incidents.P3Impact, new SeverityAssigned(T.Of("14:00"), level), new MitigationApplied(T.Of("14:25"), "rollback")).Evaluate("14:30");

        Assert.Equal(T.Of(earliest), result.Deadlines.EarliestResolveAt);
    }

    [Fact]
    public void P3_has_no_verification_window()
    {
        var result = Incidents.Record("14:00", Incidents.P3Impact, new MitigationApplied(T.Of("14:25")), new Resolved(T.Of("14:26"))).Evaluate("14:30");

        Assert.Null(result.Deadlines.EarliestResolveAt);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP6001");
    }

    [Fact]
    public void Without_a_mitigation_there_is_no_earliest_resolve_instant()
    {
        Assert.Null(Incidents.Record("14:00", Incidents.P1Impact).Evaluate("14:30").Deadlines.EarliestResolveAt);
    }

    [Fact]
    public void Resolving_before_the_window_ends_is_reported_at_the_resolution()
    {
        var result = Incidents.Record("14:00", Incidents.P1Impact, new MitigationApplied(T.Of("14:25"), "rollback"), new Resolved(T.Of("14:35"))).Evaluate("15:00");

        var early = Assert.Single(result.Diagnostics, d => d.Id == "IRP6001");
        Assert.Equal((DiagnosticSeverity.Warning, T.Of("14:35")), (early.Severity, early.At));
        Assert.Equal(
            "Resolved at 2024-03-15T14:35:00Z, 10m after the mitigation at 2024-03-15T14:25:00Z; a P1 incident is monitored for 15m before it is resolved (not before 2024-03-15T14:40:00Z)",
            early.Message);
    }

    [Fact]
    public void Resolving_exactly_when_the_window_ends_is_fine()
    {
        var result = Incidents.Record("14:00", Incidents.P1Impact, new MitigationApplied(T.Of("14:25")), new Resolved(T.Of("14:40"))).Evaluate("15:00");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP6001");
    }

    [Fact]
    public void The_last_mitigation_counts()
    {
        var result = Incidents.Record(
            "14:00", Incidents.P1Impact, new MitigationApplied(T.Of("14:10")), new MitigationApplied(T.Of("14:30")), new Resolved(T.Of("14:40"))).Evaluate("15:00");

        Assert.Equal(T.Of("14:45"), result.Deadlines.EarliestResolveAt);
        Assert.Single(result.Diagnostics, d => d.Id == "IRP6001");
    }

    [Fact]
    public void The_window_follows_the_level_until_resolution_and_is_then_frozen()
    {
        // Mitigated at P2 (30 min), raised to P1 (15 min) before resolving; a later mitigation changes nothing.
        var result = Incidents.Record(
            "14:00",
            Incidents.P2Impact,
            new MitigationApplied(T.Of("14:25")),
            new SeverityAssigned(T.Of("14:30"), "P1"),
            new Resolved(T.Of("14:45")),
            new MitigationApplied(T.Of("15:00"))).Evaluate("16:00");

        Assert.Equal(T.Of("14:40"), result.Deadlines.EarliestResolveAt);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP6001");
    }

    [Fact]
    public void A_later_mitigation_that_moves_only_the_earliest_resolve_instant_is_the_next_evaluation_instant()
    {
        // The second mitigation leaves the status (mitigated) and the phase (mitigating) as they were: the earliest
        // resolve instant is the only field it changes, so a host must be woken for it.
        var incident = Incidents.Record("14:00", Incidents.P1Impact, new MitigationApplied(T.Of("14:10")), new MitigationApplied(T.Of("14:20")));

        var before = incident.Evaluate("14:15");

        Assert.Equal((T.Of("14:25"), T.Of("14:20")), (before.Deadlines.EarliestResolveAt, before.NextEvaluationAt));
        Assert.Equal(T.Of("14:35"), incident.Evaluate("14:20").Deadlines.EarliestResolveAt);
    }

    [Fact]
    public void Status_is_open_then_mitigated_then_resolved()
    {
        var incident = Incidents.Record("14:00", Incidents.P1Impact, new MitigationApplied(T.Of("14:25")), new Resolved(T.Of("14:45")));

        Assert.Equal(
            [IncidentStatus.Open, IncidentStatus.Mitigated, IncidentStatus.Resolved],
            new[] { "14:10", "14:30", "14:50" }.Select(t => incident.Evaluate(t).Status));
    }
}
