using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>statusUpdatePosted</c> event: only its instant.</summary>
internal sealed record StatusUpdatePostedWire(Instant At) : IncidentEventWire;
