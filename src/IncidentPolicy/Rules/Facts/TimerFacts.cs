using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// A pending time-based change, due at <see cref="DueAt"/>. The clock (<c>IncidentTimeline</c>) advances to
/// the earliest timer (events at the same instant first; equal timers by <see cref="Order"/>), retracts it
/// and inserts what <see cref="Elapse"/> returns.
/// </summary>
internal abstract class Timer(Instant dueAt)
{
    public Instant DueAt { get; } = dueAt;

    /// <summary>Tie-break between timers due at the same instant: escalation first, so checks see the new level.</summary>
    public abstract int Order { get; }

    /// <summary>Whether the clock stops at resolution (escalation, roles, update cadence) rather than being met or starting there.</summary>
    public virtual bool StopsAtResolution => false;

    public abstract ITransientFact Elapse();
}

/// <summary>The timer of type <typeparamref name="TTimer"/> is due now.</summary>
internal sealed class TimerElapsed<TTimer>(TTimer timer) : ITransientFact
    where TTimer : Timer
{
    public TTimer Timer { get; } = timer;

    public Instant At => Timer.DueAt;
}
