using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Response;

/// <summary>A rise before the response makes the deadline the earlier of the current one and the rise plus the new level's response time.</summary>
[Name("Response: a rise moves the response deadline earlier")]
[Priority(RulePriorities.Reaction)]
internal sealed class TightenResponseDeadlineRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        RuleTimer timer = null!;
        Instant candidate = default;

        When()
            .Match(() => change, c => c.IsRise)
            .Match(() => timer, t => t is ResponseTimer)
            .Let(() => candidate, () => change.To.ResponseTime.DueAfter(change.At, policy.Calendar))
            .Having(() => candidate < timer.DueAt);

        Then()
            .Do(ctx => ctx.Replace(timer, new ResponseTimer(candidate, change.To, change.At)));
    }
}
