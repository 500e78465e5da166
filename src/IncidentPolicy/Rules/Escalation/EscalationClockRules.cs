using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Escalation;

/// <summary>
/// IRP3001: while unresolved, a level with an escalation step has an escalation timer, counted from the
/// instant the incident entered that level (a manual change restarts it; mitigation does not stop it).
/// </summary>
[Name("IRP3001 Start the escalation clock of the current level")]
[Tag("IRP3001")]
[Priority(RulePriorities.Reaction)]
internal sealed class StartEscalationClockRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        CurrentSeverity current = null!;

        When()
            .Match(() => current, s => s.Level != null && s.Level.Escalation != null)
            .Not<IncidentResolved>()
            .Not<EscalationTimer>(t => t.Entry == current.Entries);

        Then()
            .Do(ctx => ctx.Insert(new EscalationTimer(
                current.Level!, policy.Level(current.Level!.Escalation!.To), current.Since, current.Entries)));
    }
}

/// <summary>IRP3001: the clock of a level the incident has left no longer runs.</summary>
[Name("IRP3001 Stop the escalation clock of a level left")]
[Tag("IRP3001")]
[Priority(RulePriorities.Reaction)]
internal sealed class StopEscalationClockOnLevelChangeRule : Rule
{
    public override void Define()
    {
        EscalationTimer timer = null!;

        When()
            .Match(() => timer)
            .Exists<CurrentSeverity>(s => s.Entries != timer.Entry);

        Then()
            .Do(ctx => ctx.Retract(timer));
    }
}
