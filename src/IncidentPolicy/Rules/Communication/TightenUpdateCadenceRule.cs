using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>A rise makes the next update due at the earlier of the current due instant and the rise plus the new cadence.</summary>
[Name("Communication: a rise moves the next update earlier")]
[Priority(RulePriorities.Reaction)]
internal sealed class TightenUpdateCadenceRule : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        UpdateTimer timer = null!;
        Instant candidate = default;

        When()
            .Match(() => change, c => c.IsRise)
            .Match(() => timer)
            .Let(() => candidate, () => change.At + change.To.UpdateCadence)
            .Having(() => candidate < timer.DueAt);

        Then()
            .Do(ctx => ctx.Replace(timer, new UpdateTimer(candidate, change.To, change.At, timer.Source)));
    }
}
