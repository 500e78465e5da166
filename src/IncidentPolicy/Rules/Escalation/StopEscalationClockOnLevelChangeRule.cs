using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Escalation;

/// <summary>IRP3001: the clock of a level the incident has left no longer runs.</summary>
[Name(EscalationRule.Id + " Stop the escalation clock of a level left")]
[Tag(EscalationRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class StopEscalationClockOnLevelChangeRule : Rule
{
    public override void Define()
    {
        RuleTimer timer = null!;

        When()
            .Match(() => timer, t => t is EscalationTimer)
            .Exists<CurrentSeverity>(s => s.Entries != ((EscalationTimer)timer).Entry);

        Then()
            .Do(ctx => ctx.Retract(timer));
    }
}
