using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An <c>impactReassessed</c> event: the answers it changes.</summary>
internal sealed record ImpactReassessedWire(Instant At, ImpactUpdateWire Impact) : IncidentEventWire;
