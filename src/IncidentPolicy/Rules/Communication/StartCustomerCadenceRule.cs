using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>Entering a level with a customer cadence from one without (or at detection), the first customer update is due one customer cadence later.</summary>
[Name("Communication: start the customer cadence on entering a level that has one")]
[Priority(RulePriorities.Reaction)]
internal sealed class StartCustomerCadenceRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        TrackedIncident incident = null!;

        When()
            .Match(() => change, c => c.To.CustomerUpdateCadence != null && (c.From == null || c.From.CustomerUpdateCadence == null))
            .Match(() => incident);

        Then()
            .Do(ctx => ctx.Insert(CustomerCadenceClock.Next(change.To, incident.Record.DetectedAt, change.At, policy.Calendar, null)));
    }
}
