using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Reviews;

/// <summary>How a review writes times, durations and text copied from the record.</summary>
internal static class ReviewText
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>A date, <c>YYYY-MM-DD</c>.</summary>
    public static string Format(LocalDate date) => Date.Format(date);

    /// <summary>A UTC time of the timeline: <c>HH:MM</c>, or <c>YYYY-MM-DD HH:MM</c> with <paramref name="withDate"/>.</summary>
    public static string Format(Instant at, bool withDate)
    {
        var utc = at.InUtc();
        return withDate ? $"{Format(utc.Date)} {Time.Format(utc.TimeOfDay)}" : Time.Format(utc.TimeOfDay);
    }

    /// <summary>A duration as a review's header writes it, in whole minutes: <c>45m</c>, <c>2h 30m</c>, <c>1d 4h</c>, <c>0m</c>.</summary>
    public static string Format(Duration duration)
    {
        var minutes = (long)System.Math.Floor(duration.TotalMinutes);
        if (minutes <= 0)
        {
            return "0m";
        }

        var parts = new StringBuilder();
        Append(parts, minutes / 1440, 'd');
        Append(parts, minutes % 1440 / 60, 'h');
        Append(parts, minutes % 60, 'm');
        return parts.ToString();
    }

    /// <summary>
    /// Text copied from the record, made safe to place in Markdown prose or a table cell: on one line, and
    /// with the characters that would start emphasis, code, links, HTML or a cell boundary escaped.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
            {
                escaped.Append(' ');
            }
            else
            {
                if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!' or '~')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString().Trim();
    }

    private static void Append(StringBuilder parts, long value, char unit)
    {
        if (value == 0)
        {
            return;
        }

        if (parts.Length > 0)
        {
            parts.Append(' ');
        }

        parts.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
    }
}
