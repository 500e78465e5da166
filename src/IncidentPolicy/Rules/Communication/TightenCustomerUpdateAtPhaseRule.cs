using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>
/// When a new phase of the current level's customer schedule begins, as on a rise, the next customer update is due at
/// the earlier of its due instant and the boundary plus the new phase's cadence.
/// </summary>
[Name("Communication: a new customer cadence phase moves the next customer update earlier")]
[Priority(RulePriorities.Reaction)]
internal sealed class TightenCustomerUpdateAtPhaseRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        TimerElapsed boundary = null!;
        CurrentSeverity current = null!;
        RuleTimer timer = null!;
        PolicyDuration cadence = null!;
        Instant candidate = default;

        When()
            .Match(() => boundary, e => e.Timer is CadencePhaseTimer)
            .Match(() => current, c => c.Level != null && c.Level.CustomerUpdateCadence != null)
            .Match(() => timer, t => t is CustomerUpdateTimer)
            .Having(() => CustomerCadenceClock.PhaseBeginsAt(current.Level!, ((CustomerUpdateTimer)timer).DetectedAt, boundary.At))
            .Let(() => cadence, () => CustomerCadenceClock.CadenceAt(current.Level!, ((CustomerUpdateTimer)timer).DetectedAt, boundary.At))
            .Let(() => candidate, () => cadence.DueAfter(boundary.At, policy.Calendar))
            .Having(() => candidate < timer.DueAt);

        Then()
            .Do(ctx => ctx.Replace(timer, ((CustomerUpdateTimer)timer).MovedTo(candidate, current.Level!, boundary.At)));
    }
}
