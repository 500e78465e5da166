using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>causeIdentified</c> event: the cause in words.</summary>
internal sealed record CauseIdentifiedWire(Instant At, string Summary) : IncidentEventWire;
