using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Review;

/// <summary>At resolution the review falls due by the peak level: 48 h for P0/P1, 7 days for P2, none for P3.</summary>
[Name("Review: start the review clock")]
[Priority(RulePriorities.Reaction)]
internal sealed class StartReviewClockRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        EventOccurred resolved = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => resolved, e => e.Event is Resolved)
            .Match(() => current, s => s.Peak != null && s.Peak.ReviewWithin != null);

        Then()
            .Do(ctx => ctx.Insert(new ReviewTimer(resolved.At, current.Peak!, policy.Calendar)));
    }
}
