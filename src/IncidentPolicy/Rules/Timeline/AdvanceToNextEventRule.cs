using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Timeline;

/// <summary>
/// Moves the timeline to the next recorded event when no timer is due before it. Events at the same
/// instant as a timer go first ("an acknowledgement exactly at its deadline is in time").
/// </summary>
[Name("Timeline: advance to the next recorded event")]
[Priority(RulePriorities.Advance)]
internal sealed class AdvanceToNextEventRule : Rule
{
    public override void Define()
    {
        Horizon horizon = null!;
        EventCursor cursor = null!;

        When()
            .Match(() => horizon)
            .Match(() => cursor, c => c.NextAt <= horizon.Until)
            .Not<Timer>(t => t.DueAt < cursor.NextAt);

        Then()
            .Do(ctx => Advance(ctx, cursor));
    }

    private static void Advance(IContext context, EventCursor cursor)
    {
        context.Retract(cursor);
        context.Insert(EventOccurred.Of(cursor.Next));
        if (cursor.Advance() is { } next)
        {
            context.Insert(next);
        }
    }
}
