using System;
using System.Collections.Generic;
using Orleans;

namespace IncidentPolicy.Orleans;

/// <summary>
/// What grain storage keeps of an incident: the record and the checkpoint as the library's JSON (so storage holds
/// the documents of the wire format, readable by any tool, and the core types need no Orleans serializer), the
/// keys delivered, and the instants of the last evaluation and the next wake-up.
/// </summary>
[GenerateSerializer]
[Alias("IncidentPolicy.Orleans.IncidentGrainState")]
internal sealed class IncidentGrainState
{
    /// <summary>The incident record (incident JSON, compact), or null before it is opened.</summary>
    [Id(0)]
    public string? RecordJson { get; set; }

    /// <summary>The checkpoint of the last evaluation (checkpoint JSON), or null.</summary>
    [Id(1)]
    public string? CheckpointJson { get; set; }

    /// <summary>The keys of the messages delivered, in the order delivered.</summary>
    [Id(2)]
    public List<string> DeliveredKeys { get; set; } = [];

    /// <summary>The instant of the last evaluation that delivered.</summary>
    [Id(3)]
    public DateTimeOffset? LastEvaluatedAt { get; set; }

    /// <summary>When the incident wakes next; null for never.</summary>
    [Id(4)]
    public DateTimeOffset? NextWakeAt { get; set; }

    /// <summary>When the durable reminder is due (registered for <see cref="NextWakeAt"/>), or null when there is none.</summary>
    [Id(5)]
    public DateTimeOffset? ReminderDueAt { get; set; }
}
