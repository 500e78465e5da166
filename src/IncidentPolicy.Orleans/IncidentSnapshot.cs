using System;
using System.Collections.Immutable;
using Orleans;

namespace IncidentPolicy.Orleans;

/// <summary>An incident as its grain holds it, with its evaluation at <see cref="At"/>.</summary>
[GenerateSerializer]
[Immutable]
[Alias("IncidentPolicy.Orleans.IncidentSnapshot")]
public sealed record IncidentSnapshot
{
    /// <summary>Whether the incident was opened; when not, every other member is empty.</summary>
    [Id(0)]
    public required bool Opened { get; init; }

    /// <summary>The evaluation instant of <see cref="EvaluationJson"/>.</summary>
    [Id(1)]
    public required DateTimeOffset At { get; init; }

    /// <summary>The stored record (incident JSON, compact), or <see langword="null"/> when not opened.</summary>
    [Id(2)]
    public required string? RecordJson { get; init; }

    /// <summary>
    /// The evaluation at <see cref="At"/> (evaluation JSON, compact), resumed from the stored checkpoint, or
    /// <see langword="null"/> when not opened or <see cref="At"/> is before the detection.
    /// </summary>
    [Id(3)]
    public required string? EvaluationJson { get; init; }

    /// <summary>When the grain last evaluated the incident to deliver, or <see langword="null"/>.</summary>
    [Id(4)]
    public required DateTimeOffset? LastEvaluatedAt { get; init; }

    /// <summary>When the grain wakes next (the next evaluation instant, or a retry), or <see langword="null"/> for never.</summary>
    [Id(5)]
    public required DateTimeOffset? NextWakeAt { get; init; }

    /// <summary>The keys of the messages delivered (stored after each delivery), in the order delivered.</summary>
    [Id(6)]
    public required ImmutableArray<string> DeliveredKeys { get; init; }

    /// <summary>The keys of the messages the evaluation at <see cref="At"/> has that are not delivered yet.</summary>
    [Id(7)]
    public required ImmutableArray<string> PendingKeys { get; init; }
}
