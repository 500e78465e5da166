using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using NodaTime;

namespace IncidentPolicy.Cli.Output;

/// <summary>
/// The <c>policy --format text</c> summary: the levels as a table, who each level calls and which roles it
/// needs, the classification matrix, the recipients' channels, the business calendar and the rule severity
/// settings, for people. The JSON output is the policy's definition; this is its reading.
/// </summary>
internal static class PolicyText
{
    private const string None = "-";

    public static void Write(TextWriter output, ResponsePolicy policy, string? path, TextStyle style)
    {
        output.WriteLine(style.Bold(path is null ? "The default policy" : $"The policy of {path}"));
        output.WriteLine();

        output.WriteLine(style.Bold("Levels, most severe first"));
        Table(
            output,
            style,
            ["level", "rank", "title", "response", "updates every", "escalates", "verification", "review within"],
            policy.Levels.Select(l => new[]
            {
                l.Name,
                l.Level.Rank.ToString(CultureInfo.InvariantCulture),
                l.Title.Length == 0 ? None : l.Title,
                l.ResponseTime.ToString(),
                Cadence(l),
                l.Escalation is { } e ? $"to {e.To} after {Words(e.After)}" : None,
                l.VerificationWindow is { } v ? Words(v) : None,
                l.ReviewWithin is { } r ? Words(r) : None,
            }));
        output.WriteLine();

        output.WriteLine(style.Bold("Who each level notifies, and the roles it requires"));
        foreach (var level in policy.Levels)
        {
            var roles = level.RequiredRoles.Select(WireNames.Role.Name).ToList();
            output.WriteLine($"  {level.Name}  notify {List(level.Notify)}; roles {List(roles)}");
        }

        output.WriteLine();
        output.WriteLine(style.Bold("Classification: the level of each impact (scope by users affected)"));
        Table(
            output,
            style,
            ["scope", .. ClassificationMatrix.Users.Select(WireNames.UsersAffected.Name)],
            ClassificationMatrix.Scopes.Select(scope => new[] { WireNames.Scope.Name(scope) }
                .Concat(ClassificationMatrix.Users.Select(users => policy.Classification[scope, users]))
                .ToArray()));
        output.WriteLine($"  A security breach or data corruption puts an incident at {policy.MostSevere.Name}, the most severe level.");
        output.WriteLine();

        output.WriteLine(style.Bold("Recipients"));
        if (policy.RecipientChannels.IsEmpty)
        {
            output.WriteLine("  none");
        }

        var width = policy.RecipientChannels.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        foreach (var (recipient, channel) in policy.RecipientChannels)
        {
            output.WriteLine($"  {recipient.PadRight(width)}  by {WireNames.Channel.Name(channel)}");
        }

        output.WriteLine();
        var calendar = policy.Calendar;
        output.WriteLine(style.Bold("Business calendar"));
        output.WriteLine($"  time zone      {calendar.TimeZone.Id}");
        output.WriteLine($"  working days   {List(calendar.WorkingDays.Select(WireNames.WorkingDay.Name))}");
        output.WriteLine($"  working hours  {Time(calendar.WorkingHoursStart)}-{Time(calendar.WorkingHoursEnd)}");
        output.WriteLine($"  holidays       {List([
            .. calendar.Holidays.Select(d => d.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)),
            .. calendar.YearlyHolidays.Select(d => d.ToString("'--'MM'-'dd", CultureInfo.InvariantCulture))])}");
        output.WriteLine();

        var severities = policy.RuleSeverities;
        output.WriteLine(style.Bold("Rule severities set by the policy"));
        if (severities.Rules.Count == 0 && severities.Categories.Count == 0 && severities.All is null)
        {
            output.WriteLine("  none: every rule has its default severity");
        }

        foreach (var (id, severity) in severities.Rules)
        {
            output.WriteLine($"  rule {id}  {WireNames.RuleSeverity.Name(severity)}");
        }

        foreach (var (category, severity) in severities.Categories)
        {
            output.WriteLine($"  category {category}  {WireNames.RuleSeverity.Name(severity)}");
        }

        if (severities.All is { } all)
        {
            output.WriteLine($"  all rules  {WireNames.RuleSeverity.Name(all)}");
        }

        output.WriteLine();
        output.WriteLine("Run 'incident-policy rules' for every rule's severity in force, and 'incident-policy policy --format json' for the policy as a document.");
    }

    /// <summary>The level's update cadence in words.</summary>
    private static string Cadence(SeverityLevelPolicy level) => string.Join(
        ", then ",
        level.UpdateCadence.Phases.Select(p => p.For is { } f ? $"{Words(p.Every)} for {Words(f)}" : Words(p.Every)));

    /// <summary>A fixed duration in words, or business days as the policy counts them.</summary>
    private static string Words(PolicyDuration duration) => duration.Duration is { } fixedDuration ? Words(fixedDuration) : duration.ToString();

    private static void Table(TextWriter output, TextStyle style, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        var widths = header.Select((h, i) => all.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(style.Bold(Row(header, widths)));
        foreach (var row in all)
        {
            output.WriteLine(Row(row, widths));
        }
    }

    private static string Row(string[] cells, int[] widths) =>
        ("  " + string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i])))).TrimEnd();

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

    private static string Time(LocalTime time) => time.ToString(time.Second == 0 ? "HH':'mm" : "HH':'mm':'ss", CultureInfo.InvariantCulture);

    /// <summary>A duration as people write it: <c>15m</c>, <c>2h</c>, <c>1h30m</c>, <c>48h</c>; whole days from a week up (<c>7d</c>).</summary>
    private static string Words(Duration duration)
    {
        var days = duration >= Duration.FromDays(7) ? duration.Days : 0;
        var hours = (long)(duration - Duration.FromDays(days)).TotalHours;
        var rest = duration - Duration.FromDays(days) - Duration.FromHours(hours);
        var text = (days > 0 ? Invariant(days) + "d" : string.Empty)
            + (hours > 0 ? Invariant(hours) + "h" : string.Empty)
            + (rest.TotalMinutes >= 1 ? Invariant((long)rest.TotalMinutes) + "m" : string.Empty)
            + (rest.Seconds > 0 ? Invariant(rest.Seconds) + "s" : string.Empty);
        return text.Length == 0 ? "0m" : text;
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
