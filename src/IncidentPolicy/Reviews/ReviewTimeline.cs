using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Communication;
using IncidentPolicy.Rules.Response;
using IncidentPolicy.Rules.Review;
using IncidentPolicy.Rules.Roles;
using NodaTime;

namespace IncidentPolicy.Reviews;

/// <summary>
/// The rows of a review's timeline, from the record and its evaluation, in time order: the detection,
/// every level change with its reason, the notifications (one row per instant), the recorded events
/// (acknowledgement, roles, status updates, reassessments, mitigation, resolution, review), and the
/// diagnostics, where a run of one rule's misses that nothing in the record interrupted is one row.
/// People appear by role title only.
/// </summary>
internal static class ReviewTimeline
{
    /// <summary>For the rules whose diagnostics repeat, the event that ends a run of misses (it meets the deadline).</summary>
    private static readonly ImmutableDictionary<string, Func<IncidentEvent, bool>> MetBy = new Dictionary<string, Func<IncidentEvent, bool>>
    {
        [UpdateMissedRule.Id] = e => e is StatusUpdatePosted { Audience: UpdateAudience.Internal },
        [CustomerUpdateMissedRule.Id] = e => e is StatusUpdatePosted { Audience: UpdateAudience.Customer },
        [ResponseMissedRule.Id] = e => e is Acknowledged,
        [RolesMissingRule.Id] = e => e is RoleAssigned,
        [ReviewMissedRule.Id] = e => e is ReviewCompleted,
    }.ToImmutableDictionary();

    /// <summary>The rows of <paramref name="course"/>, and whether they span more than one UTC day (then each row carries its date).</summary>
    public static (ImmutableArray<ReviewTimelineRow> Rows, bool WithDates) Of(IncidentCourse course, RecordPeople people)
    {
        var rows = new List<(Instant At, int Order, ReviewTimelineRow Row)>();
        void Add(Instant at, int order, string text) => rows.Add((at, order, new ReviewTimelineRow(at, text)));

        Add(course.Incident.DetectedAt, 0, "Incident detected");
        AddLevelChanges(course, people, Add);
        foreach (var group in course.Evaluation.Notifications.GroupBy(n => n.At))
        {
            var who = string.Join(", ", group.Select(n => $"{people.Redact(n.Recipient, n.At)} ({Serialization.WireNames.Channel.Name(n.Channel)})"));
            Add(group.Key, 3, $"Notified {who}");
        }

        foreach (var happened in course.Events)
        {
            if (Describe(happened, people) is { } text)
            {
                Add(happened.At, 2, text);
            }
        }

        var last = course.Evaluation.Diagnostics.Select(d => d.At).Append(rows.Max(r => r.At)).Max();
        var withDates = course.Incident.DetectedAt.InUtc().Date != last.InUtc().Date;
        foreach (var run in Runs(course))
        {
            Add(run[0].At, 4, Row(run, people, withDates));
        }

        // A stable sort: rows of one instant and one kind keep the order they were added in.
        return ([.. rows.OrderBy(r => r.At).ThenBy(r => r.Order).Select(r => r.Row)], withDates);
    }

    private static void AddLevelChanges(IncidentCourse course, RecordPeople people, Action<Instant, int, string> add)
    {
        var first = true;
        foreach (var change in course.Evaluation.SeverityHistory)
        {
            var level = change.Severity.Name;
            string text;
            var told = change.Reason;
            if (string.Equals(change.RuleId, SeverityChange.ManualRuleId, StringComparison.Ordinal))
            {
                var assigned = course.Events.OfType<SeverityAssigned>()
                    .First(e => e.At == change.Since && string.Equals(e.Severity, level, StringComparison.Ordinal));
                text = $"Severity set to {level} by {people.TitleOf(assigned.By, change.Since)}";
                told = assigned.Reason; // without one, the history's stand-in reason only repeats who set it
            }
            else
            {
                // Rules only ever raise a level (a lower one is set by hand, above).
                text = $"{(first ? "Classified" : "Escalated to")} {level} ({change.RuleId})";
            }

            var reason = string.IsNullOrWhiteSpace(told) ? string.Empty : people.Redact(told, change.Since);
            add(change.Since, 1, reason.Length == 0 ? text : $"{text}: {reason}");
            first = false;
        }
    }

    private static string? Describe(IncidentEvent happened, RecordPeople people) => happened switch
    {
        Acknowledged => "On-call acknowledged",
        RoleAssigned r => $"{Capitalised(RecordPeople.Title(r.Role)["the ".Length..])} assigned",
        StatusUpdatePosted => "Status update posted",
        ImpactReassessed r => $"Impact reassessed: {Describe(r.Impact)}",
        MitigationApplied m => people.Redact(m.Action, m.At) is { Length: > 0 } action ? $"Mitigation applied: {action}" : "Mitigation applied",
        Resolved => "Resolved",
        ReviewCompleted => "Post-incident review completed",
        _ => null, // a severity assignment is told by the level change it made (or the diagnostic that refused it)
    };

    private static string Describe(ImpactUpdate update)
    {
        var parts = new List<string>(4);
        if (update.UsersAffected is { } users)
        {
            parts.Add($"users affected {ImpactWords.Of(users)}");
        }

        if (update.Scope is { } scope)
        {
            parts.Add($"scope {ImpactWords.Of(scope)}");
        }

        if (update.SecurityBreach is { } breach)
        {
            parts.Add($"security breach {ImpactWords.YesNo(breach)}");
        }

        if (update.DataCorruption is { } corruption)
        {
            parts.Add($"data corruption {ImpactWords.YesNo(corruption)}");
        }

        return parts.Count == 0 ? "no change" : string.Join(", ", parts);
    }

    /// <summary>
    /// The diagnostics in runs: consecutive diagnostics of one rule with nothing in the record between them
    /// that would meet the rule's deadline (for the other rules: no recorded event at all) are one run.
    /// </summary>
    internal static IEnumerable<IReadOnlyList<PolicyDiagnostic>> Runs(IncidentCourse course)
    {
        foreach (var rule in course.Evaluation.Diagnostics.GroupBy(d => d.Id, StringComparer.Ordinal))
        {
            var run = new List<PolicyDiagnostic>();
            foreach (var diagnostic in rule)
            {
                if (run.Count > 0 && Interrupted(course, rule.Key, run[^1].At, diagnostic.At))
                {
                    yield return run;
                    run = [];
                }

                run.Add(diagnostic);
            }

            if (run.Count > 0)
            {
                yield return run;
            }
        }
    }

    private static bool Interrupted(IncidentCourse course, string ruleId, Instant previous, Instant next) =>
        course.Events.Any(e => e.At > previous && e.At <= next && (!MetBy.TryGetValue(ruleId, out var meets) || meets(e)));

    private static string Row(IReadOnlyList<PolicyDiagnostic> run, RecordPeople people, bool withDates)
    {
        var first = run[0];
        if (run.Count == 1)
        {
            return $"{first.Id}: {people.Redact(first.Message, first.At)}";
        }

        var count = run.Count.ToString(CultureInfo.InvariantCulture);
        var span = $"{ReviewText.Format(first.At, withDates)} to {ReviewText.Format(run[^1].At, withDates)}";
        return first.Id switch
        {
            UpdateMissedRule.Id => $"{first.Id}: {count} status updates missed, {span}",
            CustomerUpdateMissedRule.Id => $"{first.Id}: {count} customer updates missed, {span}",
            _ => $"{first.Id} ({first.Descriptor.Title}): {count} times, {span}",
        };
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
