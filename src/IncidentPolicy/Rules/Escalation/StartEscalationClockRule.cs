using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Escalation;

/// <summary>
/// IRP3001: entering a level with an escalation step starts its escalation timer, counted from the
/// instant the incident entered that level (a manual change restarts it; mitigation does not stop it).
/// Levels change only while unresolved, so no clock starts after resolution.
/// </summary>
[Name(EscalationRule.Id + " Start the escalation clock of the level entered")]
[Tag(EscalationRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class StartEscalationClockRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => change, c => c.To.Escalation != null)
            .Match(() => current, s => s.LastChange == change);

        Then()
            .Do(ctx => ctx.Insert(new EscalationTimer(
                current.Level!, policy.Level(current.Level!.Escalation!.To), current.Since, current.Entries)));
    }
}
