using NodaTime;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// How the policy checks compare times that may be business days, from the same start. Fixed durations
/// compare as they are; more business days are always longer than fewer. n business days last at least
/// (n − 1) × 24 hours plus the time from midnight to the end of working hours, less an hour for a change of
/// clocks (a start just before midnight, with the end of the n-th business day as near as it can be), so
/// they count as surely longer than any fixed duration under that. A fixed duration is never surely longer
/// than business days: with weekends and holidays between, business days can last longer than any bound.
/// </summary>
internal static class PolicyDurationComparison
{
    /// <summary>Whether <paramref name="time"/> is surely longer than <paramref name="other"/>.</summary>
    public static bool IsSurelyLonger(PolicyDuration time, PolicyDuration other, BusinessCalendar calendar) => (time.Duration, other.Duration) switch
    {
        ({ } duration, { } otherDuration) => duration > otherDuration,
        (null, { } otherDuration) => IsSurelyLonger(time, otherDuration, calendar),
        (null, null) => time.BusinessDayCount > other.BusinessDayCount,
        _ => false,
    };

    /// <summary>Whether <paramref name="time"/> is surely longer than the fixed <paramref name="other"/>.</summary>
    public static bool IsSurelyLonger(PolicyDuration time, Duration other, BusinessCalendar calendar) =>
        time.Duration is { } duration ? duration > other : other < ShortestLength(time.BusinessDayCount, calendar);

    /// <summary>The least time <paramref name="count"/> business days can last in <paramref name="calendar"/>.</summary>
    private static Duration ShortestLength(int count, BusinessCalendar calendar) =>
        (Duration.FromDays(count - 1) + (calendar.WorkingHoursEnd - LocalTime.Midnight).ToDuration() - Duration.FromHours(1)) is var length
        && length > Duration.Zero ? length : Duration.Zero;

    /// <summary>A length to choose the shortest of several times by: the duration, or 24 hours per business day (a fixed duration first on a tie).</summary>
    public static (Duration Length, bool IsBusinessDays) SortKey(PolicyDuration time) =>
        (time.Duration ?? (Duration.FromHours(24) * time.BusinessDayCount), time.IsBusinessDays);
}
