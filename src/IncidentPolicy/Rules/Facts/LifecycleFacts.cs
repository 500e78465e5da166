using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>The incident was resolved, by the event at <see cref="RecordIndex"/>.</summary>
internal sealed class IncidentResolved(Instant at, int recordIndex)
{
    public Instant At { get; } = at;

    public int RecordIndex { get; } = recordIndex;
}

/// <summary>Open, mitigated or resolved (output).</summary>
internal sealed class StatusState(IncidentStatus status, Instant changedAt) : IObservableChange
{
    public IncidentStatus Status { get; } = status;

    public Instant ChangedAt { get; } = changedAt;
}

/// <summary>The last mitigation applied before resolution.</summary>
internal sealed class LastMitigation(Instant? at, object? source)
{
    public static LastMitigation None { get; } = new(null, null);

    /// <summary>When, or <see langword="null"/> before any mitigation.</summary>
    public Instant? At { get; } = at;

    /// <summary>The happening that set it, so the rule that replaces it does not fire on its own result.</summary>
    public object? Source { get; } = source;
}

/// <summary><c>earliestResolveAt</c> (output): the last mitigation plus the level's verification window.</summary>
internal sealed class EarliestResolve(Instant? value, Instant changedAt) : IObservableChange
{
    public Instant? Value { get; } = value;

    public Instant ChangedAt { get; } = changedAt;
}

/// <summary>The incident channel's name (output).</summary>
internal sealed class ChannelNamed(string name, Instant changedAt) : IObservableChange
{
    public string Name { get; } = name;

    public Instant ChangedAt { get; } = changedAt;
}

/// <summary>A deadline that was met or missed keeps its value in the result.</summary>
internal sealed class DeadlineOutcome(DeadlineKind kind, Instant dueAt, bool met)
{
    public DeadlineKind Kind { get; } = kind;

    public Instant DueAt { get; } = dueAt;

    public bool Met { get; } = met;
}

internal enum DeadlineKind
{
    Response,
    Review,
}
