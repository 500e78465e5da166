using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// A timer is due now. One fact type for every timer, so the network has one type node for them all: NRules visits
/// every type node on every insert and retract, whatever the facts (docs/performance.md). A rule says which timer it
/// reacts to with a condition on <see cref="Timer"/>'s type (<c>e => e.Timer is UpdateTimer</c>) and reads it with
/// <see cref="Of{TTimer}"/>.
/// </summary>
internal sealed class TimerElapsed(RuleTimer timer) : ITransientFact
{
    public RuleTimer Timer { get; } = timer;

    public Instant At => Timer.DueAt;

    /// <summary>The timer, as the type the rule's condition matched.</summary>
    /// <typeparam name="TTimer">The timer's type.</typeparam>
    public TTimer Of<TTimer>()
        where TTimer : RuleTimer => (TTimer)Timer;
}
