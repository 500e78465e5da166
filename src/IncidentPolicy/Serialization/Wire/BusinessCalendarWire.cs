using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>The business calendar of a policy document: an IANA time zone, working days and hours, and holidays.</summary>
internal sealed record BusinessCalendarWire(
    string TimeZone,
    ImmutableArray<string> WorkingDays,
    WorkingHoursWire WorkingHours,
    ImmutableArray<LocalDate> Holidays);
