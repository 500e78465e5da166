using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>
/// When a new phase of the current level's cadence schedule begins, as on a rise, the next update is due at
/// the earlier of its due instant and the boundary plus the new phase's cadence. A boundary of another
/// level's schedule, or a later due instant, changes nothing.
/// </summary>
[Name("Communication: a new cadence phase moves the next update earlier")]
[Priority(RulePriorities.Reaction)]
internal sealed class TightenUpdateAtPhaseRule(RuleContext policy) : Rule
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
            .Match(() => current, c => c.Level != null)
            .Match(() => timer, t => t is UpdateTimer)
            .Having(() => UpdateCadenceClock.PhaseBeginsAt(current.Level!, ((UpdateTimer)timer).DetectedAt, boundary.At))
            .Let(() => cadence, () => UpdateCadenceClock.CadenceAt(current.Level!, ((UpdateTimer)timer).DetectedAt, boundary.At))
            .Let(() => candidate, () => cadence.DueAfter(boundary.At, policy.Calendar))
            .Having(() => candidate < timer.DueAt);

        Then()
            .Do(ctx => ctx.Replace(timer, ((UpdateTimer)timer).MovedTo(candidate, current.Level!, boundary.At)));
    }
}
