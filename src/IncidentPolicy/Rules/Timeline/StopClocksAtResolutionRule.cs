using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Timeline;

/// <summary>
/// At resolution the clocks whose deadline stops at resolution (<c>Deadline.StopsAtResolution</c>: escalation,
/// the roles' due instant, the update cadence) stop: no escalation after resolution (IRP3001), no roles
/// falling due (IRP4002), and <c>nextUpdateBy</c> is then null (IRP5001). Deadlines that resolution meets
/// (the response) or starts (the review) are their own rules' business. No clock starts again: after
/// resolution no event but <c>reviewCompleted</c> occurs, so the level never changes.
/// </summary>
[Name("Timeline: stop the clocks at resolution")]
[Priority(RulePriorities.Reaction)]
internal sealed class StopClocksAtResolutionRule : Rule
{
    public override void Define()
    {
        RuleTimer timer = null!;

        When()
            .Match(() => timer, t => t.Deadline.StopsAtResolution)
            .Exists<StatusState>(s => s.IsResolved);

        Then()
            .Do(ctx => ctx.Retract(timer));
    }
}
