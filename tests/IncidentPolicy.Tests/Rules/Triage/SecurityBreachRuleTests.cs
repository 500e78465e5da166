using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Triage;

/// <summary>IRP1002: "Any incident involving data breach or security compromise is automatically P0."</summary>
public sealed class SecurityBreachRuleTests
{
    private static readonly ImpactAssessment Breach = Incidents.Impact(UsersAffected.Internal, ImpactScope.Cosmetic, securityBreach: true);

    [Fact]
    public void A_security_breach_at_detection_is_P0_by_IRP1002()
    {
        var result = Incidents.Record("10:00", Breach).Evaluate("10:00");

        var entry = Assert.Single(result.SeverityHistory);
        Assert.Equal(("P0", "IRP1002", "security breach"), (entry.Severity.Name, entry.RuleId, entry.Reason));
    }

    [Fact]
    public void A_reassessment_that_flags_a_breach_makes_the_incident_P0_at_its_instant()
    {
        var result = Incidents.Record(
            "10:00",
            Incidents.P3Impact,
            new ImpactReassessed(T.Of("11:00"), new ImpactUpdate(SecurityBreach: true))).Evaluate("11:00");

        Assert.Equal(("P0", T.Of("11:00"), "IRP1002"), (result.Severity.Name, result.SeverityHistory[^1].Since, result.SeverityHistory[^1].RuleId));
    }

    [Fact]
    public void A_manual_downgrade_during_a_breach_is_refused_and_reported_as_an_error()
    {
        var result = Incidents.Record("10:00", Breach, new SeverityAssigned(T.Of("10:20"), "P2", "alice")).Evaluate("10:30");

        Assert.Equal("P0", result.Severity.Name);
        Assert.Single(result.SeverityHistory);
        var refusal = Assert.Single(result.Diagnostics, d => d.Id == "IRP1002");
        Assert.Equal((DiagnosticSeverity.Error, T.Of("10:20")), (refusal.Severity, refusal.At));
        Assert.Equal("Assignment of P2 by alice refused: a security breach is flagged, so the incident stays P0", refusal.Message);
    }

    [Fact]
    public void A_refused_assignment_that_names_nobody_says_someone_made_it()
    {
        var result = Incidents.Record("10:00", Breach, new SeverityAssigned(T.Of("10:20"), "P1")).Evaluate("10:30");

        var refusal = Assert.Single(result.Diagnostics, d => d.Id == "IRP1002");
        Assert.Equal("Assignment of P1 by someone refused: a security breach is flagged, so the incident stays P0", refusal.Message);
    }

    [Fact]
    public void Once_the_breach_flag_is_cleared_a_person_may_downgrade()
    {
        var result = Incidents.Record(
            "10:00",
            Breach,
            new ImpactReassessed(T.Of("10:10"), new ImpactUpdate(SecurityBreach: false)),
            new SeverityAssigned(T.Of("10:20"), "P2", "alice")).Evaluate("10:30");

        Assert.Equal("P2", result.Severity.Name);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP1002");
    }

    [Fact]
    public void With_IRP1002_off_the_flag_no_longer_forces_P0_and_nothing_is_refused()
    {
        var engine = Engines.With(new RuleSeverityOverrides(rules: [new("IRP1002", RuleSeverity.None)]));

        var result = engine.Evaluate(Incidents.Record("10:00", Breach, new SeverityAssigned(T.Of("10:20"), "P2")), T.Of("10:30"));

        Assert.Equal(["P3", "P2"], result.SeverityHistory.Select(h => h.Severity.Name));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP1002");
    }

    [Fact]
    public void Configured_as_a_warning_the_refusal_is_reported_as_a_warning()
    {
        var engine = Engines.With(new RuleSeverityOverrides(rules: [new("IRP1002", RuleSeverity.Warning)]));

        var result = engine.Evaluate(Incidents.Record("10:00", Breach, new SeverityAssigned(T.Of("10:20"), "P1")), T.Of("10:30"));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Id == "IRP1002").Severity);
    }
}
