using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An incident record on the wire (docs/wire-format.md): every field (<c>startedAt</c> only when recorded), <c>impact</c> with all four answers, events in the record's order.</summary>
internal sealed record IncidentRecordWire(
    string Id,
    string Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Instant? StartedAt,
    Instant DetectedAt,
    ImpactWire Impact,
    ImmutableArray<IncidentEventWire> Events);
