using IncidentPolicy.Evaluation;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Review;

/// <summary>A <c>reviewCompleted</c> after resolution meets the review deadline; before resolution it has no effect.</summary>
[Name("Review: the review is completed")]
[Priority(RulePriorities.Reaction)]
internal sealed class CompleteReviewRule : Rule
{
    public override void Define()
    {
        EventOccurred completed = null!;
        RuleTimer timer = null!;

        When()
            .Match(() => completed, e => e.Event is ReviewCompleted)
            .Match(() => timer, t => t is ReviewTimer);

        Then()
            .Do(ctx => Meet(ctx, timer));
    }

    private static void Meet(IContext context, RuleTimer timer) =>
        context.Replace(timer, new DeadlineOutcome(Deadline.ReviewBy, timer.DueAt, met: true));
}
