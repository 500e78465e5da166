using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Tests.Properties.Generators;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Property 2: "it is better to downgrade than to under-respond" — lowering a severity is a person's
/// decision. Classification, reassessment, the security-breach rule and escalation only ever raise it.
/// </summary>
public sealed class AutomaticRuleProperties
{
    private static readonly RecordShape WithoutManualChanges = RecordShape.Any with { ManualChanges = false };

    [Invariant]
    public Property Without_manual_changes_the_severity_never_falls_over_time() => Prop.ForAll(Scenarios.Of(WithoutManualChanges), s =>
    {
        var earlier = s.Evaluate(s.At);
        var later = s.Evaluate(s.LaterAt);

        Assert.True(later.Severity.Rank <= earlier.Severity.Rank, $"{earlier.Severity} at {s.At}, then {later.Severity} at {s.LaterAt}");
        var history = later.SeverityHistory;
        for (var i = 1; i < history.Length; i++)
        {
            Assert.True(
                history[i].Severity.IsMoreSevereThan(history[i - 1].Severity),
                $"entry {i} ({history[i].Severity} by {history[i].RuleId} at {history[i].Since}) does not rise from {history[i - 1].Severity}");
        }

        return Prop.ToProperty(true).Classify(history.Length > 1, "rose");
    });

    [Invariant]
    public Property No_automatic_change_ever_lowers_the_severity() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var history = s.Evaluate(s.LaterAt).SeverityHistory;

        for (var i = 1; i < history.Length; i++)
        {
            if (history[i].RuleId != SeverityChange.ManualRuleId)
            {
                Assert.True(
                    history[i].Severity.IsMoreSevereThan(history[i - 1].Severity),
                    $"{history[i].RuleId} changed {history[i - 1].Severity} to {history[i].Severity} at {history[i].Since}");
            }
        }

        return Prop.ToProperty(true).Classify(history.Any(h => h.RuleId == SeverityChange.ManualRuleId), "manual changes");
    });
}
