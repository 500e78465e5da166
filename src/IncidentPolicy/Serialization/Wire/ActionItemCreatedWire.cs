using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An <c>actionItemCreated</c> event: what, who and by which date.</summary>
internal sealed record ActionItemCreatedWire(Instant At, string Title, string Owner, LocalDate DueDate) : IncidentEventWire;
