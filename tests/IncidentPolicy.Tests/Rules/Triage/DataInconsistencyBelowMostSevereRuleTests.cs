using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Triage;

/// <summary>IRP1004: a data inconsistency observed below the most severe level calls for a reassessment.</summary>
public sealed class DataInconsistencyBelowMostSevereRuleTests
{
    private static Observation Inconsistency(string at) => new(T.Of(at), ObservedSignal.DataInconsistency, "orders without line items");

    [Fact]
    public void A_data_inconsistency_at_P2_reports_IRP1004_as_info_at_the_observations_instant_and_changes_nothing_else()
    {
        var result = Incidents.Record("14:00", Incidents.P2Impact, Inconsistency("14:12")).Evaluate("14:15");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("IRP1004", DiagnosticSeverity.Info, T.Of("14:12")), (diagnostic.Id, diagnostic.Severity, diagnostic.At));
        Assert.Equal(
            "A data inconsistency was observed at 2024-03-15T14:12:00Z while the incident is P2: data corruption is a P0 example, a minor inconsistency a P3 one; reassess the impact",
            diagnostic.Message);
        Assert.Equal("P2", result.Severity.Name);
    }

    [Fact]
    public void At_the_most_severe_level_or_with_another_signal_nothing_is_reported()
    {
        Assert.DoesNotContain(Incidents.Record("14:00", Incidents.P0Impact, Inconsistency("14:12")).Evaluate("14:14").Diagnostics, d => d.Id == "IRP1004");
        Assert.Empty(Incidents.Record("14:00", Incidents.P2Impact, new Observation(T.Of("14:12"), ObservedSignal.MemoryGrowth)).Evaluate("14:15").Diagnostics);
    }

    [Fact]
    public void Each_observation_below_P0_reports_and_none_after_the_rise_or_the_resolution()
    {
        var result = Incidents.Record(
            "14:00",
            Incidents.P3Impact,
            Inconsistency("14:05"),
            Inconsistency("14:10"),
            new ImpactReassessed(T.Of("14:11"), new ImpactUpdate(DataCorruption: true)),
            Inconsistency("14:12")).Evaluate("14:20");

        Assert.Equal([T.Of("14:05"), T.Of("14:10")], result.Diagnostics.Where(d => d.Id == "IRP1004").Select(d => d.At));

        var resolved = Incidents.Record("14:00", Incidents.P2Impact, new Resolved(T.Of("14:10")), Inconsistency("14:12")).Evaluate("14:20");
        Assert.DoesNotContain(resolved.Diagnostics, d => d.Id == "IRP1004");
    }

    [Fact]
    public void Its_severity_is_configurable_and_none_turns_it_off()
    {
        var record = Incidents.Record("14:00", Incidents.P2Impact, Inconsistency("14:12"));

        var warning = new PolicyEngine(ResponsePolicy.Default.WithRule("IRP1004", RuleSeverity.Warning)).Evaluate(record, T.Of("14:15"));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(warning.Diagnostics).Severity);
        Assert.Empty(new PolicyEngine(ResponsePolicy.Default.WithRule("IRP1004", RuleSeverity.None)).Evaluate(record, T.Of("14:15")).Diagnostics);
    }
}
