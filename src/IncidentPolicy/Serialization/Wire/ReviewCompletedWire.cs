using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>reviewCompleted</c> event: only its instant.</summary>
internal sealed record ReviewCompletedWire(Instant At) : IncidentEventWire;
