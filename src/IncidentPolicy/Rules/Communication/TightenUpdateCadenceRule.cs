using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>A rise makes the next update due at the earlier of the current due instant and the rise plus the new level's cadence in force then.</summary>
[Name("Communication: a rise moves the next update earlier")]
[Priority(RulePriorities.Reaction)]
internal sealed class TightenUpdateCadenceRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        RuleTimer timer = null!;
        PolicyDuration cadence = null!;
        Instant candidate = default;

        When()
            .Match(() => change, c => c.IsRise)
            .Match(() => timer, t => t is UpdateTimer)
            .Let(() => cadence, () => UpdateCadenceClock.CadenceAt(change.To, ((UpdateTimer)timer).DetectedAt, change.At))
            .Let(() => candidate, () => cadence.DueAfter(change.At, policy.Calendar))
            .Having(() => candidate < timer.DueAt);

        Then()
            .Do(ctx => ctx.Replace(timer, ((UpdateTimer)timer).MovedTo(candidate, change.To, change.At)));
    }
}
