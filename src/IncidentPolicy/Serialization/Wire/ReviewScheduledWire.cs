using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>reviewScheduled</c> event: when the review meeting is.</summary>
internal sealed record ReviewScheduledWire(Instant At, Instant For) : IncidentEventWire;
