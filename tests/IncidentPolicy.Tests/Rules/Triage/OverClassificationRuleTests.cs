using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Triage;

/// <summary>IRP1003: "When in doubt, over-classify", and say so.</summary>
public sealed class OverClassificationRuleTests
{
    [Fact]
    public void An_unknown_answer_reports_IRP1003_as_info_at_detection()
    {
        var result = Incidents.Record("10:00", Incidents.Impact(UsersAffected.Unknown, ImpactScope.NonCore)).Evaluate("10:00");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("IRP1003", DiagnosticSeverity.Info, T.Of("10:00")), (diagnostic.Id, diagnostic.Severity, diagnostic.At));
        Assert.Equal("users affected unknown, assumed all: classified P2 (when in doubt, over-classify)", diagnostic.Message);
    }

    [Fact]
    public void Both_answers_unknown_are_named_in_one_diagnostic()
    {
        var result = new IncidentRecord("INC-1", "x", T.Of("10:00")).Evaluate("10:00");

        Assert.Equal(
            "users affected and scope unknown, assumed all and outage: classified P0 (when in doubt, over-classify)",
            Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Known_answers_report_nothing()
    {
        Assert.Empty(Incidents.Record("10:00", Incidents.P2Impact).Evaluate("10:00").Diagnostics);
    }

    [Fact]
    public void A_classification_decided_by_a_security_breach_did_not_read_the_matrix_and_reports_nothing()
    {
        var result = Incidents.Record("10:00", new ImpactAssessment(SecurityBreach: true)).Evaluate("10:00");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP1003");
    }

    [Fact]
    public void Each_reassessment_that_reads_an_unknown_reports_at_its_instant()
    {
        var result = Incidents.Record(
            "10:00",
            Incidents.P3Impact,
            new ImpactReassessed(T.Of("10:30"), new ImpactUpdate(Scope: ImpactScope.Unknown))).Evaluate("10:30");

        Assert.Equal(T.Of("10:30"), Assert.Single(result.Diagnostics, d => d.Id == "IRP1003").At);
        Assert.Equal("P2", result.Severity.Name);
    }

    [Fact]
    public void With_IRP1003_off_the_classification_is_the_same_and_nothing_is_reported()
    {
        var engine = Engines.With(new RuleSeverityOverrides(rules: [new("IRP1003", RuleSeverity.None)]));

        var result = engine.Evaluate(new IncidentRecord("INC-1", "x", T.Of("10:00")), T.Of("10:00"));

        Assert.Equal("P0", result.Severity.Name);
        Assert.Empty(result.Diagnostics);
    }
}
