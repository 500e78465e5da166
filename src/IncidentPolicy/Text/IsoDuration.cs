using System;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Text;

/// <summary>
/// Durations on the wire: ISO-8601 (<c>PT15M</c>, <c>PT4H</c>, <c>P7D</c>). A day is exactly 24 hours
/// (<c>P7D</c> is 168 h, also across a DST change); months and years have no fixed length and are refused.
/// </summary>
internal static class IsoDuration
{
    public static string Format(Duration duration)
    {
        var text = new StringBuilder();
        if (duration < Duration.Zero)
        {
            text.Append('-');
            duration = -duration;
        }

        text.Append('P');
        if (duration.Days > 0)
        {
            text.Append(duration.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        var time = duration - Duration.FromDays(duration.Days);
        if (time > Duration.Zero || duration == Duration.Zero)
        {
            text.Append('T');
            Append(text, time.Hours, 'H');
            Append(text, time.Minutes, 'M');
            var seconds = time.SubsecondNanoseconds == 0
                ? time.Seconds.ToString(CultureInfo.InvariantCulture)
                : (time.Seconds + (time.SubsecondNanoseconds / 1e9m)).ToString(CultureInfo.InvariantCulture);
            if (time.Seconds != 0 || time.SubsecondNanoseconds != 0 || duration == Duration.Zero)
            {
                text.Append(seconds).Append('S');
            }
        }

        return text.ToString();
    }

    public static bool TryParse(string? text, out Duration duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var negative = text.StartsWith('-');
        var result = PeriodPattern.NormalizingIso.Parse(negative ? text[1..] : text);
        if (!result.Success || result.Value.Months != 0 || result.Value.Years != 0)
        {
            return false;
        }

        try
        {
            duration = result.Value.ToDuration();
        }
        catch (Exception e) when (e is InvalidOperationException or OverflowException or ArgumentOutOfRangeException)
        {
            // Not a duration NodaTime can hold (P2147483647D): not a duration at all, reported where it is written.
            return false;
        }

        if (negative)
        {
            duration = -duration;
        }

        return true;
    }

    private static void Append(StringBuilder text, int value, char unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
