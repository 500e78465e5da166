using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An evaluation checkpoint on the wire (docs/wire-format.md).</summary>
internal sealed record CheckpointWire(
    string IncidentId,
    Instant At,
    string EngineVersion,
    string PolicyFingerprint,
    string RecordFingerprint,
    int EventCount,
    ImpactWire Impact,
    ImmutableArray<CheckpointFactWire> Facts);
