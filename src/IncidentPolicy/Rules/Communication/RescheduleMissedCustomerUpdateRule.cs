using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>After a missed customer update, the next is due one customer cadence (of the level then, as in force at the missed instant) after the missed instant.</summary>
[Name("Communication: remind after a missed customer update")]
[Priority(RulePriorities.Reaction)]
internal sealed class RescheduleMissedCustomerUpdateRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        TimerElapsed elapsed = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => elapsed, e => e.Timer is CustomerUpdateTimer)
            .Match(() => current, c => c.Level != null && c.Level.CustomerUpdateCadence != null);

        Then()
            .Do(ctx => ctx.Insert(CustomerCadenceClock.Next(current.Level!, elapsed.Of<CustomerUpdateTimer>().DetectedAt, elapsed.At, policy.Calendar, null)));
    }
}
