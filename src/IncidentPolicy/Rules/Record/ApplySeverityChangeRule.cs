using IncidentPolicy.Evaluation;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Record;

/// <summary>A decided level change becomes the current level, the peak if higher, and a history entry.</summary>
[Name("Record: apply a severity change")]
[Priority(RulePriorities.Record)]
internal sealed class ApplySeverityChangeRule : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => change)
            .Match(() => current, s => s.LastChange != change);

        Then()
            .Do(ctx => Apply(ctx, change, current));
    }

    private static void Apply(IContext context, SeverityChanged change, CurrentSeverity current)
    {
        var next = current.Apply(change);
        context.Replace(current, next);
        context.Insert(new HistoryEntry(new SeverityChange(change.To.Level, change.At, change.RuleId, change.Reason), next.Entries));
    }
}
