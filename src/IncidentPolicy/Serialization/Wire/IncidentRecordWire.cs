using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An incident record on the wire (docs/wire-format.md): every field, <c>impact</c> with all four answers, events in the record's order.</summary>
internal sealed record IncidentRecordWire(
    string Id,
    string Title,
    Instant DetectedAt,
    ImpactWire Impact,
    ImmutableArray<IncidentEventWire> Events);
