using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Reviews;
using IncidentPolicy.Rules.Communication;
using IncidentPolicy.Rules.Response;
using IncidentPolicy.Rules.Review;
using IncidentPolicy.Rules.Roles;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Diagrams;

/// <summary>
/// An incident as a Mermaid <c>gantt</c> diagram, which code hosts and most Markdown viewers draw: a bar for
/// the time at each level (from the evaluation's severity history, up to the resolution or the instant
/// evaluated), the deadlines met (the acknowledgement within the response time, each status update, a
/// review in time) and missed (IRP2001, IRP5001, IRP5003, IRP4002, IRP7001) as milestones — a run of misses that
/// nothing in the record interrupted as one critical bar from the first to the last — and the mitigations
/// and the resolution. Times are UTC. People appear by role title only. See docs/review-draft.md.
/// </summary>
/// <example>
/// <code>
/// var evaluation = engine.Evaluate(incident, at);
/// File.WriteAllText("incident.mmd", IncidentGantt.Write(incident, evaluation));
/// </code>
/// </example>
public static class IncidentGantt
{
    /// <summary>The date format the diagram declares (<c>dateFormat</c>) and writes every instant in, in UTC.</summary>
    public const string DateFormat = "YYYY-MM-DD HH:mm:ss";

    /// <summary>The section of the level bars.</summary>
    public const string SeveritySection = "Severity";

    /// <summary>The section of the deadlines met.</summary>
    public const string MetSection = "Deadlines met";

    /// <summary>The section of the deadlines missed.</summary>
    public const string MissedSection = "Deadlines missed";

    /// <summary>The section of the mitigations and the resolution.</summary>
    public const string ResponseSection = "Response";

    private static readonly LocalDateTimePattern Instants = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss");

    /// <summary>The rules whose diagnostics are missed deadlines.</summary>
    private static readonly ImmutableArray<string> DeadlineRules = [ResponseMissedRule.Id, RolesMissingRule.Id, UpdateMissedRule.Id, CustomerUpdateMissedRule.Id, ReviewMissedRule.Id];

    /// <summary>Draws <paramref name="incident"/> as <paramref name="evaluation"/> sees it.</summary>
    /// <param name="incident">The record evaluated.</param>
    /// <param name="evaluation">Its evaluation; the diagram ends at its instant (or at the resolution before it).</param>
    /// <returns>The diagram's text (without a Markdown fence), lines ending in LF.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The evaluation is of another incident.</exception>
    public static string Write(IncidentRecord incident, PolicyEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(evaluation);
        if (!string.Equals(incident.Id, evaluation.IncidentId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The evaluation is of incident '{evaluation.IncidentId}', not '{incident.Id}'.", nameof(evaluation));
        }

        var course = IncidentCourse.Of(incident, evaluation);
        var people = RecordPeople.Of(incident);
        var text = new StringBuilder();
        text.Append("gantt\n");
        var title = Name(people.Redact(incident.Title, evaluation.EvaluatedAt));
        text.Append("    title ").Append(Name(incident.Id)).Append(title.Length == 0 ? string.Empty : " " + title).Append('\n');
        text.Append("    dateFormat ").Append(DateFormat).Append('\n');
        var oneDay = incident.DetectedAt.InUtc().Date == course.End.InUtc().Date;
        text.Append("    axisFormat ").Append(oneDay ? "%H:%M" : "%m-%d %H:%M").Append('\n');
        text.Append("    todayMarker off\n");

        var history = evaluation.SeverityHistory;
        var bars = new List<string>(history.Length);
        for (var i = 0; i < history.Length; i++)
        {
            var end = i + 1 < history.Length ? history[i + 1].Since : course.End;
            bars.Add(Task(Name(history[i].Severity.Name), [], $"level{i + 1}", history[i].Since, Format(end)));
        }

        Section(text, SeveritySection, bars);
        Section(text, MetSection, Met(course).Select((m, i) => Task(m.Name, ["milestone"], $"met{i + 1}", m.At, "0d")));
        Section(text, MissedSection, ReviewTimeline.Runs(course)
            .Where(run => DeadlineRules.Contains(run[0].Id))
            .OrderBy(run => run[0].At)
            .Select((run, i) => run.Count == 1
                ? Task($"{run[0].Id} missed", ["crit", "milestone"], $"missed{i + 1}", run[0].At, "0d")
                : Task($"{run[0].Id} missed {run.Count.ToString(CultureInfo.InvariantCulture)} times", ["crit"], $"missed{i + 1}", run[0].At, Format(run[^1].At))));
        Section(text, ResponseSection, Response(course, people).Select((r, i) => Task(r.Name, ["milestone"], $"step{i + 1}", r.At, "0d")));
        return text.ToString();
    }

    /// <summary>An instant as the diagram writes it: UTC, in <see cref="DateFormat"/>.</summary>
    internal static string Format(Instant at) => Instants.Format(at.InUtc().LocalDateTime);

    private static IEnumerable<(string Name, Instant At)> Met(IncidentCourse course)
    {
        var responseBy = course.Evaluation.Deadlines.ResponseBy;
        var acknowledged = course.Events.OfType<Acknowledged>().FirstOrDefault();
        if (acknowledged is not null && (responseBy is null || acknowledged.At <= responseBy))
        {
            yield return ("Response in time", acknowledged.At);
        }

        foreach (var update in course.Events.OfType<StatusUpdatePosted>())
        {
            yield return ("Status update", update.At);
        }

        var reviewBy = course.Evaluation.Deadlines.ReviewBy;
        var review = course.Events.OfType<ReviewCompleted>().FirstOrDefault();
        if (review is not null && (reviewBy is null || review.At <= reviewBy))
        {
            yield return ("Review in time", review.At);
        }
    }

    private static IEnumerable<(string Name, Instant At)> Response(IncidentCourse course, RecordPeople people)
    {
        foreach (var mitigation in course.Events.OfType<MitigationApplied>())
        {
            var action = Name(people.Redact(mitigation.Action, mitigation.At));
            yield return (action.Length == 0 ? "Mitigation" : $"Mitigation ({action})", mitigation.At);
        }

        if (course.ResolvedAt is { } resolvedAt)
        {
            yield return ("Resolved", resolvedAt);
        }
    }

    private static void Section(StringBuilder text, string name, IEnumerable<string> tasks)
    {
        var written = false;
        foreach (var task in tasks)
        {
            if (!written)
            {
                text.Append("    section ").Append(name).Append('\n');
                written = true;
            }

            text.Append("    ").Append(task).Append('\n');
        }
    }

    private static string Task(string name, string[] tags, string id, Instant start, string endOrLength) =>
        $"{name} :{string.Concat(tags.Select(t => t + ", "))}{id}, {Format(start)}, {endOrLength}";

    /// <summary>Text as a task name or title: one line, without the characters the diagram's syntax reserves (<c>:</c>, <c>;</c>, <c>#</c>, <c>%</c>).</summary>
    private static string Name(string text)
    {
        var name = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            name.Append(c is ':' or ';' or '#' or '%' or '\r' or '\n' or '\t' || char.IsControl(c) ? ' ' : c);
        }

        return string.Join(' ', name.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

}
