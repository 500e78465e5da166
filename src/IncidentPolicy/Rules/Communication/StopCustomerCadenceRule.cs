using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>At a level without a customer cadence nothing is due to customers: entering one clears the next customer update (re-entering a level with one starts a new cadence).</summary>
[Name("Communication: stop the customer cadence at a level without one")]
[Priority(RulePriorities.Reaction)]
internal sealed class StopCustomerCadenceRule : Rule
{
    public override void Define()
    {
        RuleTimer timer = null!;

        When()
            .Match(() => timer, t => t is CustomerUpdateTimer)
            .Exists<CurrentSeverity>(s => s.Level != null && s.Level.CustomerUpdateCadence == null);

        Then()
            .Do(ctx => ctx.Retract(timer));
    }
}
