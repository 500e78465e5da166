using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>A rise between two levels with a customer cadence makes the next customer update due at the earlier of its due instant and the rise plus the new level's customer cadence in force then.</summary>
[Name("Communication: a rise moves the next customer update earlier")]
[Priority(RulePriorities.Reaction)]
internal sealed class TightenCustomerCadenceRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        RuleTimer timer = null!;
        PolicyDuration cadence = null!;
        Instant candidate = default;

        When()
            .Match(() => change, c => c.IsRise && c.To.CustomerUpdateCadence != null)
            .Match(() => timer, t => t is CustomerUpdateTimer)
            .Let(() => cadence, () => CustomerCadenceClock.CadenceAt(change.To, ((CustomerUpdateTimer)timer).DetectedAt, change.At))
            .Let(() => candidate, () => cadence.DueAfter(change.At, policy.Calendar))
            .Having(() => candidate < timer.DueAt);

        Then()
            .Do(ctx => ctx.Replace(timer, ((CustomerUpdateTimer)timer).MovedTo(candidate, change.To, change.At)));
    }
}
