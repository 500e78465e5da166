using System.Collections.Immutable;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// The business calendar of a policy document: an IANA time zone, working days and hours, and holidays: dates
/// (<c>2024-12-25</c>) first, then days of every year in ISO 8601's recurring form (<c>--12-25</c>).
/// </summary>
internal sealed record BusinessCalendarWire(
    string TimeZone,
    ImmutableArray<string> WorkingDays,
    WorkingHoursWire WorkingHours,
    ImmutableArray<string> Holidays);
