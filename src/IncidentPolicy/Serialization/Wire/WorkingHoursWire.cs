using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>The working hours of a business calendar, in its time zone.</summary>
internal sealed record WorkingHoursWire(LocalTime Start, LocalTime End);
