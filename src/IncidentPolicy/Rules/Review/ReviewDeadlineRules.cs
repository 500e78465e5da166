using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Review;

/// <summary>At resolution the review falls due by the peak level: 48 h for P0/P1, 7 days for P2, none for P3.</summary>
[Name("Review: start the review clock")]
[Priority(RulePriorities.Reaction)]
internal sealed class StartReviewClockRule : Rule
{
    public override void Define()
    {
        EventOccurred<Resolved> resolved = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => resolved)
            .Match(() => current, s => s.Peak != null && s.Peak.ReviewWithin != null);

        Then()
            .Do(ctx => ctx.Insert(new ReviewTimer(resolved.At, current.Peak!)));
    }
}

/// <summary>A <c>reviewCompleted</c> after resolution meets the review deadline; before resolution it has no effect.</summary>
[Name("Review: the review is completed")]
[Priority(RulePriorities.Reaction)]
internal sealed class CompleteReviewRule : Rule
{
    public override void Define()
    {
        EventOccurred<ReviewCompleted> completed = null!;
        ReviewTimer timer = null!;

        When()
            .Match(() => completed)
            .Match(() => timer);

        Then()
            .Do(ctx => Meet(ctx, timer));
    }

    private static void Meet(IContext context, ReviewTimer timer) =>
        context.Replace(timer, new DeadlineOutcome(DeadlineKind.Review, timer.DueAt, met: true));
}

/// <summary>A review deadline reached without a review is missed; it keeps its value in the result.</summary>
[Name("Review: the deadline passes")]
[Priority(RulePriorities.Reaction)]
internal sealed class MissReviewDeadlineRule : Rule
{
    public override void Define()
    {
        TimerElapsed<ReviewTimer> elapsed = null!;

        When()
            .Match(() => elapsed);

        Then()
            .Do(ctx => ctx.Insert(new DeadlineOutcome(DeadlineKind.Review, elapsed.At, false)));
    }
}
