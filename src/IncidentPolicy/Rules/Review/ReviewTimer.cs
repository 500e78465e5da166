using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Review;

/// <summary>When the post-incident review is due (<c>reviewBy</c>), by the peak level.</summary>
internal sealed class ReviewTimer(Instant resolvedAt, SeverityLevelPolicy peak, BusinessCalendar calendar)
    : RuleTimer(peak.ReviewWithin!.DueAfter(resolvedAt, calendar), Deadline.ReviewBy), IObservableChange
{
    public SeverityLevelPolicy Peak { get; } = peak;

    public Instant ChangedAt { get; } = resolvedAt;
}
