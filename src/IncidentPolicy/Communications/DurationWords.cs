using System.Collections.Generic;
using System.Globalization;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Communications;

/// <summary>
/// Durations and cadences in words, largest unit first, zero units left out: <c>45 minutes</c>, <c>1 hour</c>,
/// <c>2 hours 30 minutes</c>, <c>1 day</c>, <c>2 business days</c>. Seconds are dropped; under a minute is <c>0 minutes</c>.
/// </summary>
internal static class DurationWords
{
    public static string Of(PolicyDuration duration) =>
        duration.Duration is { } d ? Of(d) : Unit(duration.BusinessDayCount, "business day");

    public static string Of(Duration duration)
    {
        if (duration < Duration.Zero)
        {
            duration = Duration.Zero;
        }

        var parts = new List<string>(3);
        if (duration.Days > 0)
        {
            parts.Add(Unit(duration.Days, "day"));
        }

        if (duration.Hours > 0)
        {
            parts.Add(Unit(duration.Hours, "hour"));
        }

        if (duration.Minutes > 0 || parts.Count == 0)
        {
            parts.Add(Unit(duration.Minutes, "minute"));
        }

        return string.Join(' ', parts);
    }

    private static string Unit(int count, string unit) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? unit : unit + "s");
}
