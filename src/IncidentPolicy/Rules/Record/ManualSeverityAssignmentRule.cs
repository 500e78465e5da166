using IncidentPolicy.Evaluation;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Rules.Triage;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Record;

/// <summary>
/// A <c>severityAssigned</c> event sets the level, up or down (history rule ID <c>manual</c>), unless
/// it is the level already in force (no change) or IRP1002 refuses it during a security breach.
/// </summary>
[Name("Record: manual severity assignment")]
[Priority(RulePriorities.Decision)]
internal sealed class ManualSeverityAssignmentRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        EventOccurred assigned = null!;
        CurrentSeverity current = null!;
        CurrentClassification classified = null!;
        SeverityLevelPolicy target = null!;

        When()
            .Match(() => assigned, e => e.Event is SeverityAssigned)
            .Match(() => current)
            .Match(() => classified)
            .Let(() => target, () => policy.Level(((SeverityAssigned)assigned.Event).Severity))
            .Having(() => target != current.Level && !classified.Refuses(target));

        Then()
            .Do(ctx => ctx.Insert(new SeverityChanged(current.Level, target, assigned.At, SeverityChange.ManualRuleId, Reason((SeverityAssigned)assigned.Event))));
    }

    private static string Reason(SeverityAssigned assigned) =>
        !string.IsNullOrWhiteSpace(assigned.Reason) ? assigned.Reason
        : !string.IsNullOrWhiteSpace(assigned.By) ? $"assigned by {assigned.By}"
        : "assigned manually";
}
