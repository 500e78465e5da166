using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>The timer of type <typeparamref name="TTimer"/> is due now.</summary>
internal sealed class TimerElapsed<TTimer>(TTimer timer) : ITransientFact
    where TTimer : RuleTimer
{
    public TTimer Timer { get; } = timer;

    public Instant At => Timer.DueAt;
}
