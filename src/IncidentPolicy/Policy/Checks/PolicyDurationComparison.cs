using NodaTime;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// How the policy checks compare times that may be business days, from the same start. Fixed durations
/// compare as they are; more business days are always longer than fewer. n business days count as surely
/// longer than any fixed duration under n × 24 hours, and a fixed duration is never surely longer than
/// business days: depending on the hour, the weekday and the holidays they can fall on either side.
/// </summary>
internal static class PolicyDurationComparison
{
    /// <summary>Whether <paramref name="time"/> is surely longer than <paramref name="other"/>.</summary>
    public static bool IsSurelyLonger(PolicyDuration time, PolicyDuration other) => (time.Duration, other.Duration) switch
    {
        ({ } duration, { } otherDuration) => duration > otherDuration,
        (null, { } otherDuration) => IsSurelyLonger(time, otherDuration),
        (null, null) => time.BusinessDayCount > other.BusinessDayCount,
        _ => false,
    };

    /// <summary>Whether <paramref name="time"/> is surely longer than the fixed <paramref name="other"/>.</summary>
    public static bool IsSurelyLonger(PolicyDuration time, Duration other) =>
        time.Duration is { } duration ? duration > other : other < Duration.FromHours(24) * time.BusinessDayCount;

    /// <summary>A length to choose the shortest of several times by: the duration, or 24 hours per business day (a fixed duration first on a tie).</summary>
    public static (Duration Length, bool IsBusinessDays) SortKey(PolicyDuration time) =>
        (time.Duration ?? (Duration.FromHours(24) * time.BusinessDayCount), time.IsBusinessDays);
}
