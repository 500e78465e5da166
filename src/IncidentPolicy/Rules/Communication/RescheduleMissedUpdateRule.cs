using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>After a missed update, the next is due one cadence (of the level then, as in force at the missed instant) after the missed instant, like a reminder.</summary>
[Name("Communication: remind after a missed update")]
[Priority(RulePriorities.Reaction)]
internal sealed class RescheduleMissedUpdateRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        TimerElapsed elapsed = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => elapsed, e => e.Timer is UpdateTimer)
            .Match(() => current);

        Then()
            .Do(ctx => ctx.Insert(UpdateCadenceClock.Next(current.Level!, elapsed.Of<UpdateTimer>().DetectedAt, elapsed.At, policy.Calendar, null)));
    }
}
