using IncidentPolicy.Evaluation;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Review;

/// <summary>A review deadline reached without a review is missed; it keeps its value in the result.</summary>
[Name("Review: the deadline passes")]
[Priority(RulePriorities.Reaction)]
internal sealed class MissReviewDeadlineRule : Rule
{
    public override void Define()
    {
        TimerElapsed elapsed = null!;

        When()
            .Match(() => elapsed, e => e.Timer is ReviewTimer);

        Then()
            .Do(ctx => ctx.Insert(new DeadlineOutcome(Deadline.ReviewBy, elapsed.At, false)));
    }
}
