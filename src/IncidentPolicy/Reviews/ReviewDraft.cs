using System;
using System.Linq;
using System.Text;
using IncidentPolicy.Diagrams;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using NodaTime;

namespace IncidentPolicy.Reviews;

/// <summary>
/// The draft of a post-incident review, in the procedure's template, from what the record and its
/// evaluation already know: the header (the analysis date, the peak severity, the duration), the timeline,
/// the incident as a diagram, the impact, and one action item due by the review deadline. What only a
/// person can write (the summary, the root cause when the record has none, the five whys, the lessons,
/// the author) is left as bracketed placeholders. It names no individual: people appear by role title.
/// See docs/review-draft.md.
/// </summary>
/// <example>
/// <code>
/// // When an incident resolves, open its review with the draft.
/// var markdown = ReviewDraft.Write(engine, incident, clock.GetCurrentInstant());
/// </code>
/// </example>
public static class ReviewDraft
{
    /// <summary>The Author placeholder of the header.</summary>
    public const string AuthorPlaceholder = "[name]";

    /// <summary>The placeholder of the Summary section.</summary>
    public const string SummaryPlaceholder = "[2-3 sentences: what happened, the impact, and the resolution.]";

    /// <summary>The placeholder of the Root Cause section when the record has no root cause.</summary>
    public const string RootCausePlaceholder = "[Detailed technical explanation of what went wrong and why.]";

    /// <summary>How many days after the analysis date the action item is due when the policy sets no review deadline for the incident's peak level.</summary>
    public const int DefaultDueDays = 7;

    /// <summary>Writes the draft review of <paramref name="incident"/> as of <paramref name="at"/>.</summary>
    /// <param name="engine">The engine of the policy in force (its calendar's zone dates the header and the due date).</param>
    /// <param name="incident">The record.</param>
    /// <param name="at">The analysis instant: the header's date; the timeline ends here (or at the resolution before it).</param>
    /// <returns>The Markdown, lines ending in LF.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="Validation.InvalidIncidentException">The record breaks the rules of the format.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the incident's detection.</exception>
    public static string Write(PolicyEngine engine, IncidentRecord incident, Instant at)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(incident);
        if (at < incident.DetectedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The analysis instant {at} is before incident '{incident.Id}' was detected ({incident.DetectedAt}).");
        }

        var evaluation = engine.Evaluate(incident, at);
        var course = IncidentCourse.Of(incident, evaluation);
        var people = RecordPeople.Of(incident);
        var zone = engine.Policy.Calendar.TimeZone;
        var analysisDate = at.InZone(zone).Date;

        var text = new StringBuilder();
        var title = ReviewText.Escape(people.Redact(incident.Title, at));
        text.Append("# Post-Incident Review: ").Append(title.Length == 0 ? ReviewText.Escape(incident.Id) : $"{title} ({ReviewText.Escape(incident.Id)})").Append("\n\n");
        text.Append("**Date**: ").Append(ReviewText.Format(analysisDate))
            .Append(" | **Severity**: ").Append(ReviewText.Escape(evaluation.PeakSeverity.Name))
            .Append(" | **Duration**: ").Append(ReviewText.Format(course.End - incident.DetectedAt))
            .Append(" | **Author**: ").Append(AuthorPlaceholder).Append("\n\n");

        text.Append("## Summary\n").Append(SummaryPlaceholder).Append("\n\n");

        text.Append("## Timeline (UTC)\n| Time | Event |\n|------|-------|\n");
        var (rows, withDates) = ReviewTimeline.Of(course, people);
        foreach (var row in rows)
        {
            text.Append("| ").Append(ReviewText.Format(row.At, withDates)).Append(" | ").Append(ReviewText.Escape(row.Event)).Append(" |\n");
        }

        text.Append("\n```mermaid\n").Append(IncidentGantt.Write(incident, evaluation)).Append("```\n\n");

        text.Append("## Impact\n");
        AppendImpact(text, course);
        text.Append('\n');

        text.Append("## Root Cause\n").Append(RootCausePlaceholder).Append("\n\n");

        text.Append("## Five Whys\n");
        for (var i = 1; i <= 5; i++)
        {
            text.Append(i).Append(". **Why** [question]? -> [answer]\n");
        }

        text.Append('\n');
        text.Append("## Action Items\n| Action | Owner | Priority | Due Date | Status |\n|--------|-------|----------|----------|--------|\n");
        text.Append("| [action] | [owner] | Medium | ").Append(ReviewText.Format(DueDate(engine, incident, evaluation, analysisDate))).Append(" | TODO |\n\n");

        text.Append("## Lessons Learned\n");
        text.Append("- What went well: [e.g., quick detection, rapid team assembly]\n");
        text.Append("- What could improve: [e.g., rollback automation, test coverage]\n");
        return text.ToString();
    }

    private static void AppendImpact(StringBuilder text, IncidentCourse course)
    {
        var impact = course.Events.OfType<ImpactReassessed>().Aggregate(course.Incident.Impact, (current, r) => current.With(r.Impact));
        text.Append("- Users affected: ").Append(ImpactWords.Of(impact.UsersAffected)).Append('\n');
        text.Append("- Scope: ").Append(ImpactWords.Of(impact.Scope)).Append('\n');
        text.Append("- Security breach: ").Append(ImpactWords.YesNo(impact.SecurityBreach)).Append('\n');
        text.Append("- Data corruption: ").Append(ImpactWords.YesNo(impact.DataCorruption)).Append('\n');
        var history = course.Evaluation.SeverityHistory;
        var atLevels = history.Select((change, i) =>
            $"{ReviewText.Escape(change.Severity.Name)} {ReviewText.Format((i + 1 < history.Length ? history[i + 1].Since : course.End) - change.Since)}");
        text.Append("- Time at each level: ").Append(string.Join(", ", atLevels))
            .Append(course.ResolvedAt is null ? " (not resolved yet)" : string.Empty).Append('\n');
    }

    /// <summary>
    /// The action item's due date: the review deadline (for an incident not resolved yet, the one a
    /// resolution at the analysis instant would set), or a week after the analysis date when the peak level
    /// has none; never before the analysis date.
    /// </summary>
    private static LocalDate DueDate(PolicyEngine engine, IncidentRecord incident, PolicyEvaluation evaluation, LocalDate analysisDate)
    {
        var reviewBy = evaluation.Deadlines.ReviewBy;
        if (evaluation.Status != IncidentStatus.Resolved)
        {
            var resolvedNow = incident with { Events = [.. incident.Events.Where(e => e.At <= evaluation.EvaluatedAt), new Resolved(evaluation.EvaluatedAt)] };
            reviewBy = engine.Evaluate(resolvedNow, evaluation.EvaluatedAt).Deadlines.ReviewBy;
        }

        var due = reviewBy is { } by ? by.InZone(engine.Policy.Calendar.TimeZone).Date : analysisDate.PlusDays(DefaultDueDays);
        return due < analysisDate ? analysisDate : due;
    }
}
