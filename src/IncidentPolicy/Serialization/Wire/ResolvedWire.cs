using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>resolved</c> event: only its instant.</summary>
internal sealed record ResolvedWire(Instant At) : IncidentEventWire;
