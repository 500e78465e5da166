using System;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>The typed values of a review: dates, durations, priorities and statuses of action items.</summary>
internal static partial class ReviewValues
{
    /// <summary>A date <c>YYYY-MM-DD</c> that exists.</summary>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        date = result.Success ? result.Value : default;
        return result.Success && DateShape().IsMatch(text.Trim());
    }

    /// <summary>A duration as people write it (<c>45m</c>, <c>2h 30m</c>, <c>1d 4h</c>) or ISO-8601 (<c>PT2H30M</c>).</summary>
    public static bool IsDuration(string text) => Written().IsMatch(text.Trim()) || Iso().IsMatch(text.Trim());

    /// <summary>An action item's priority: <c>High</c>, <c>Medium</c> or <c>Low</c> (any case).</summary>
    public static bool IsPriority(string text) => text.Trim().ToUpperInvariant() is "HIGH" or "MEDIUM" or "LOW";

    /// <summary>An action item's status: <c>TODO</c>, <c>In Progress</c> or <c>Done</c> (any case).</summary>
    public static bool IsStatus(string text) => text.Trim().ToUpperInvariant() is "TODO" or "IN PROGRESS" or "DONE";

    /// <summary>Whether a status says the action item is done.</summary>
    public static bool IsDone(string text) => string.Equals(text.Trim(), "Done", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^(?=\d)(?:\d+d)?(?:\s*\d+h)?(?:\s*\d+m)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Written();

    // At least one part: P alone, or a T without a number after it, is no duration.
    [GeneratedRegex(@"^P(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
