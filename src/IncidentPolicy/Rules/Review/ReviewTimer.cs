using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Review;

/// <summary>When the post-incident review is due (<c>reviewBy</c>), by the peak level.</summary>
internal sealed class ReviewTimer(Instant resolvedAt, SeverityLevelPolicy peak) : Timer(resolvedAt + peak.ReviewWithin!.Value), IObservableChange
{
    public SeverityLevelPolicy Peak { get; } = peak;

    public Instant ChangedAt { get; } = resolvedAt;

    public override int Order => 4;

    public override ITransientFact Elapse() => new TimerElapsed<ReviewTimer>(this);
}
