using IncidentPolicy.Evaluation;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Response;

/// <summary>The first acknowledgement, or the resolution when it comes first, meets the response deadline.</summary>
[Name("Response: acknowledgement meets the deadline")]
[Priority(RulePriorities.Reaction)]
internal sealed class MeetResponseDeadlineRule : Rule
{
    public override void Define()
    {
        EventOccurred response = null!;
        RuleTimer timer = null!;

        When()
            .Match(() => response, e => e.Event is Acknowledged || e.Event is Resolved)
            .Match(() => timer, t => t is ResponseTimer);

        Then()
            .Do(ctx => Meet(ctx, timer));
    }

    private static void Meet(IContext context, RuleTimer timer) =>
        context.Replace(timer, new DeadlineOutcome(Deadline.ResponseBy, timer.DueAt, met: true));
}
