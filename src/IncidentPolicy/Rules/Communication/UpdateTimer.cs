using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Communication;

/// <summary>
/// When the next status update is due (<c>nextUpdateBy</c>): <see cref="Cadence"/>, the cadence of
/// <see cref="Level"/> in force at <see cref="ChangedAt"/> (the reference instant), after it. It carries the
/// detection instant, from which the incident's age, and so the phase of a cadence schedule, is read.
/// </summary>
internal sealed class UpdateTimer(Instant dueAt, SeverityLevelPolicy level, Instant changedAt, object? source, Instant detectedAt)
    : RuleTimer(dueAt, Deadline.NextUpdateBy), IObservableChange
{
    public SeverityLevelPolicy Level { get; } = level;

    public Instant ChangedAt { get; } = changedAt;

    /// <summary>The status update that set it, if any, so it is applied once.</summary>
    public object? Source { get; } = source;

    /// <summary>The cadence that set <see cref="RuleTimer.DueAt"/>: the one in force at <see cref="ChangedAt"/>.</summary>
    public PolicyDuration Cadence => UpdateCadenceClock.CadenceAt(Level, DetectedAt, ChangedAt);

    /// <summary>When the incident was detected: its age at an instant decides the phase of a cadence schedule.</summary>
    public Instant DetectedAt { get; } = detectedAt;

    /// <summary>The same due instant, moved to <paramref name="dueAt"/> at <paramref name="at"/> by the cadence of <paramref name="level"/> then (a rise, a phase boundary).</summary>
    public UpdateTimer MovedTo(Instant dueAt, SeverityLevelPolicy level, Instant at) =>
        new(dueAt, level, at, Source, DetectedAt);
}
