using IncidentPolicy.Evaluation;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// A pending time-based change: the timer that carries <see cref="Deadline"/>, due at <see cref="DueAt"/>.
/// The clock (<c>IncidentTimeline</c>) advances to the earliest timer (events at the same instant first;
/// equal timers by <see cref="Deadline.TimerOrder"/>), retracts it and inserts what <see cref="Elapse"/> returns.
/// </summary>
internal abstract class RuleTimer(Instant dueAt, Deadline deadline)
{
    public Instant DueAt { get; } = dueAt;

    /// <summary>The deadline it carries: its order among timers due at one instant, and whether resolution stops it.</summary>
    public Deadline Deadline { get; } = deadline;

    public ITransientFact Elapse() => new TimerElapsed(this);
}
