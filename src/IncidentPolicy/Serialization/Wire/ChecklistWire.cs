using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A checklist report on the wire (docs/checklist.md): the items in the checklist's order, then <c>nextChangeAt</c>.</summary>
internal sealed record ChecklistWire(ImmutableArray<ChecklistItemWire> Items, Instant? NextChangeAt);
