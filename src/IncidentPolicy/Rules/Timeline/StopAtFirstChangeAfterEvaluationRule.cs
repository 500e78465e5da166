using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Timeline;

/// <summary>
/// During the look-ahead for <c>nextEvaluationAt</c>: stop at the first change of the result after the
/// evaluation instant. Timers that can no longer change anything pass silently, so the host is not woken for them.
/// </summary>
[Name("Timeline: stop the look-ahead at the first observable change")]
[Priority(RulePriorities.Lookahead)]
internal sealed class StopAtFirstChangeAfterEvaluationRule : Rule
{
    public override void Define()
    {
        Horizon horizon = null!;
        IObservableChange change = null!;

        When()
            .Match(() => horizon, h => h.IsLookahead)
            .Match(() => change, c => c.ChangedAt > horizon.EvaluatedAt);

        Then()
            .Do(ctx => ctx.Halt());
    }
}
