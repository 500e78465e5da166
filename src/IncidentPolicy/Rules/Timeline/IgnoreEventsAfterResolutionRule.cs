using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Timeline;

/// <summary>
/// "After resolved, only reviewCompleted has an effect": later events stay in the record and change
/// nothing, so they are dropped before any rule sees them.
/// </summary>
[Name("Timeline: ignore events after resolution")]
[Priority(RulePriorities.Filter)]
internal sealed class IgnoreEventsAfterResolutionRule : Rule
{
    public override void Define()
    {
        IncidentResolved resolution = null!;
        EventOccurred occurred = null!;

        When()
            .Match(() => resolution)
            .Match(() => occurred, e => e.RecordIndex != resolution.RecordIndex && !(e.Event is ReviewCompleted));

        Then()
            .Do(ctx => ctx.Retract(occurred));
    }
}
