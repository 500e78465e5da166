using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Tests.Diagrams;

/// <summary>One task of a gantt diagram: a bar from <see cref="Start"/> to <see cref="End"/>, or a milestone (<see cref="Start"/> = <see cref="End"/>).</summary>
internal sealed record GanttTask(string Section, string Name, ImmutableArray<string> Tags, string Id, Instant Start, Instant End)
{
    public bool IsMilestone => Tags.Contains("milestone");
}

/// <summary>
/// A parser for the subset of Mermaid's gantt grammar the library writes, strict enough to fail on anything
/// else: <c>gantt</c>, then indented <c>title</c>, <c>dateFormat YYYY-MM-DD HH:mm:ss</c>, <c>axisFormat</c>,
/// <c>todayMarker off</c>, <c>section</c> lines and task lines <c>name :[tag, ...] id, start, end|length</c>
/// (tags <c>active</c>, <c>done</c>, <c>crit</c>, <c>milestone</c>; a length in <c>d</c>, <c>h</c>, <c>m</c> or
/// <c>s</c>). Every task is in a section, ids are unique, a task ends no earlier than it starts.
/// </summary>
internal sealed record GanttDiagram(string Title, ImmutableArray<string> Sections, ImmutableArray<GanttTask> Tasks)
{
    private static readonly LocalDateTimePattern Dates = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss");
    private static readonly Regex TaskLine = new(@"^(?<name>[^:;#%]+?) :(?<meta>[^;#%]+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Id = new("^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Length = new("^(?<n>[0-9]+)(?<unit>[dhms])$", RegexOptions.CultureInvariant);
    private static readonly string[] KnownTags = ["active", "done", "crit", "milestone"];

    public IEnumerable<GanttTask> In(string section) => Tasks.Where(t => string.Equals(t.Section, section, StringComparison.Ordinal));

    public static GanttDiagram Parse(string text)
    {
        if (!text.EndsWith('\n') || text.Contains('\r', StringComparison.Ordinal))
        {
            throw new FormatException("the diagram's lines end in LF, the last one too");
        }

        var lines = text[..^1].Split('\n');
        if (lines[0] != "gantt")
        {
            throw new FormatException($"line 1: expected 'gantt', got '{lines[0]}'");
        }

        string? title = null;
        string? section = null;
        var sawDateFormat = false;
        var sections = ImmutableArray.CreateBuilder<string>();
        var tasks = ImmutableArray.CreateBuilder<GanttTask>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            var where = $"line {i + 1} '{lines[i]}'";
            if (!lines[i].StartsWith("    ", StringComparison.Ordinal) || lines[i].Length == 4 || lines[i][4] == ' ')
            {
                throw new FormatException($"{where}: expected four spaces then a statement");
            }

            var line = lines[i][4..];
            if (line.StartsWith("title ", StringComparison.Ordinal) && title is null && section is null)
            {
                title = line["title ".Length..];
            }
            else if (line == "dateFormat YYYY-MM-DD HH:mm:ss" && !sawDateFormat && section is null)
            {
                sawDateFormat = true;
            }
            else if (line is "axisFormat %H:%M" or "axisFormat %m-%d %H:%M" or "todayMarker off" && section is null)
            {
            }
            else if (line.StartsWith("section ", StringComparison.Ordinal) && line.Length > "section ".Length)
            {
                section = line["section ".Length..];
                if (sections.Contains(section))
                {
                    throw new FormatException($"{where}: section '{section}' appears twice");
                }

                sections.Add(section);
            }
            else if (TaskLine.Match(line) is { Success: true } task && section is not null && sawDateFormat)
            {
                tasks.Add(ParseTask(where, section, task.Groups["name"].Value, task.Groups["meta"].Value, ids));
            }
            else
            {
                throw new FormatException($"{where}: not a statement of the diagram here");
            }
        }

        return new GanttDiagram(title ?? throw new FormatException("no title"), sections.ToImmutable(), tasks.ToImmutable());
    }

    private static GanttTask ParseTask(string where, string section, string name, string meta, HashSet<string> ids)
    {
        var parts = meta.Split(", ");
        var tags = parts.TakeWhile(KnownTags.Contains).ToImmutableArray();
        var rest = parts.Skip(tags.Length).ToArray();
        if (rest.Length != 3 || !Id.IsMatch(rest[0]) || !ids.Add(rest[0]) || tags.Distinct().Count() != tags.Length)
        {
            throw new FormatException($"{where}: expected [tags,] a new id, a start and an end or length");
        }

        var start = Date(where, rest[1]);
        Instant end;
        if (Length.Match(rest[2]) is { Success: true } length)
        {
            var n = long.Parse(length.Groups["n"].Value, CultureInfo.InvariantCulture);
            end = start + length.Groups["unit"].Value switch
            {
                "d" => Duration.FromDays(n),
                "h" => Duration.FromHours(n),
                "m" => Duration.FromMinutes(n),
                _ => Duration.FromSeconds(n),
            };
        }
        else
        {
            end = Date(where, rest[2]);
        }

        if (end < start || (tags.Contains("milestone") && end != start))
        {
            throw new FormatException($"{where}: ends before it starts, or a milestone with a length");
        }

        return new GanttTask(section, name, tags, rest[0], start, end);
    }

    private static Instant Date(string where, string text) =>
        Dates.Parse(text) is { Success: true } parsed
            ? parsed.Value.InUtc().ToInstant()
            : throw new FormatException($"{where}: '{text}' is not a date in the declared format");
}
