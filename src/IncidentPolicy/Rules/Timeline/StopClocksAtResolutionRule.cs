using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Timeline;

/// <summary>
/// At resolution the running clocks stop: no escalation after resolution (IRP3001), no roles falling due
/// (IRP4002), and the update cadence ends (IRP5001; <c>nextUpdateBy</c> is then null). Deadlines that
/// resolution meets (the response) or starts (the review) are their own rules' business.
/// </summary>
[Name("Timeline: stop the clocks at resolution")]
[Priority(RulePriorities.Reaction)]
internal sealed class StopClocksAtResolutionRule : Rule
{
    public override void Define()
    {
        Timer timer = null!;

        When()
            .Match(() => timer, t => t.StopsAtResolution)
            .Exists<IncidentResolved>();

        Then()
            .Do(ctx => ctx.Retract(timer));
    }
}
