using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Communication;

/// <summary>When the next status update is due (<c>nextUpdateBy</c>), by <see cref="Level"/>'s cadence.</summary>
internal sealed class UpdateTimer(Instant dueAt, SeverityLevelPolicy level, Instant changedAt, object? source) : RuleTimer(dueAt, Deadline.NextUpdateBy), IObservableChange
{
    public SeverityLevelPolicy Level { get; } = level;

    public Instant ChangedAt { get; } = changedAt;

    /// <summary>The status update that set it, if any, so it is applied once.</summary>
    public object? Source { get; } = source;

    public override ITransientFact Elapse() => new TimerElapsed<UpdateTimer>(this);
}
