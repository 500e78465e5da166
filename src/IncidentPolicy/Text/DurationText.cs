using System.Globalization;
using System.Text;
using NodaTime;

namespace IncidentPolicy.Text;

/// <summary>
/// Durations as people write them in an incident channel: <c>15m</c>, <c>4h</c>, <c>1h30m</c>, <c>48h</c>,
/// <c>7d</c>. Days are used from a week up; below that, hours (the procedure says "48 hours", not "2 days").
/// </summary>
internal static class DurationText
{
    public static string Format(Duration duration)
    {
        if (duration == Duration.Zero)
        {
            return "0m";
        }

        var text = new StringBuilder();
        if (duration < Duration.Zero)
        {
            text.Append('-');
            duration = -duration;
        }

        var useDays = duration >= Duration.FromDays(7);
        Append(text, useDays ? duration.Days : 0, 'd');
        Append(text, useDays ? duration.Hours : (duration.Days * 24) + duration.Hours, 'h');
        Append(text, duration.Minutes, 'm');
        Append(text, duration.Seconds, 's');
        if (text.Length == 0 || (text.Length == 1 && text[0] == '-'))
        {
            text.Append(duration.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)).Append("ms");
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, int value, char unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
