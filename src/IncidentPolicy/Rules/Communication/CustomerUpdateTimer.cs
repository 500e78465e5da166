using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Communication;

/// <summary>
/// When the next customer update is due (<c>nextCustomerUpdateBy</c>): <see cref="Cadence"/>, the customer cadence of
/// <see cref="Level"/> in force at <see cref="ChangedAt"/> (the reference instant), after it. It exists only while the
/// incident is at a level with a customer cadence, and unresolved.
/// </summary>
internal sealed class CustomerUpdateTimer(Instant dueAt, SeverityLevelPolicy level, Instant changedAt, object? source, Instant detectedAt)
    : RuleTimer(dueAt, Deadline.NextCustomerUpdateBy), IObservableChange
{
    public SeverityLevelPolicy Level { get; } = level;

    public Instant ChangedAt { get; } = changedAt;

    /// <summary>The customer update that set it, if any, so it is applied once.</summary>
    public object? Source { get; } = source;

    /// <summary>The cadence that set <see cref="RuleTimer.DueAt"/>: the one in force at <see cref="ChangedAt"/>.</summary>
    public PolicyDuration Cadence => CustomerCadenceClock.CadenceAt(Level, DetectedAt, ChangedAt);

    /// <summary>When the incident was detected: its age at an instant decides the phase of a cadence schedule.</summary>
    public Instant DetectedAt { get; } = detectedAt;

    /// <summary>The same due instant, moved to <paramref name="dueAt"/> at <paramref name="at"/> by the customer cadence of <paramref name="level"/> then (a rise, a phase boundary).</summary>
    public CustomerUpdateTimer MovedTo(Instant dueAt, SeverityLevelPolicy level, Instant at) =>
        new(dueAt, level, at, Source, DetectedAt);
}
