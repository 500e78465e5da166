using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An item of a checklist report: every key always, <c>null</c> where a value is absent.</summary>
internal sealed record ChecklistItemWire(string Key, string State, Instant? At, Instant? DueBy, string Evidence);
