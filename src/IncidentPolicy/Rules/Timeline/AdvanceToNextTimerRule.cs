using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Timeline;

/// <summary>
/// Moves the timeline to the earliest due timer, when no recorded event comes at or before it, and
/// lets it elapse. Timers due at the same instant elapse in <see cref="Timer.Order"/>.
/// </summary>
[Name("Timeline: advance to the next due timer")]
[Priority(RulePriorities.Advance)]
internal sealed class AdvanceToNextTimerRule : Rule
{
    public override void Define()
    {
        Horizon horizon = null!;
        Timer timer = null!;

        When()
            .Match(() => horizon)
            .Match(() => timer, t => t.DueAt <= horizon.Until)
            .Not<EventCursor>(c => c.NextAt <= timer.DueAt)
            .Not<Timer>(other => other.DueAt < timer.DueAt || (other.DueAt == timer.DueAt && other.Order < timer.Order));

        Then()
            .Do(ctx => Elapse(ctx, timer));
    }

    private static void Elapse(IContext context, Timer timer)
    {
        context.Retract(timer);
        context.Insert(timer.Elapse());
    }
}
