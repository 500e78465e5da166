using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>The time of a timeline row: <c>HH:MM</c>, or <c>YYYY-MM-DD HH:MM</c>.</summary>
internal static partial class TimelineTime
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>
    /// Reads a row's time. A time-only row takes <paramref name="lastDate"/> (the date of the last dated row
    /// above it; before any, a date earlier than every other).
    /// </summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="lastDate">The date of the last dated row above.</param>
    /// <param name="at">The row's date and time.</param>
    /// <param name="date">The row's own date, when it has one.</param>
    public static bool TryParse(string text, LocalDate? lastDate, out LocalDateTime at, out LocalDate? date)
    {
        at = default;
        date = null;
        var match = Shape().Match(text.Trim());
        if (!match.Success || Time.Parse(match.Groups["time"].Value) is not { Success: true } time)
        {
            return false;
        }

        if (match.Groups["date"].Success)
        {
            if (!ReviewValues.TryParseDate(match.Groups["date"].Value, out var own))
            {
                return false;
            }

            date = own;
        }

        at = (date ?? lastDate ?? LocalDate.MinIsoValue).At(time.Value);
        return true;
    }

    [GeneratedRegex(@"^(?:(?<date>\d{4}-\d{2}-\d{2}) )?(?<time>\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
