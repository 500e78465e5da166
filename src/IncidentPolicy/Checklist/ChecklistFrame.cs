using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using NodaTime;
using static System.FormattableString;

namespace IncidentPolicy.Checklist;

/// <summary>
/// The one fact the checklist rules match: the record's events up to the report's instant, the evaluation at
/// that instant (levels, deadlines, diagnostics) and the settings. Built by <see cref="ChecklistEngine"/>.
/// </summary>
internal sealed class ChecklistFrame
{
    public required IncidentRecord Record { get; init; }

    public required Instant At { get; init; }

    public required ResponsePolicy Policy { get; init; }

    public required ChecklistSettings Settings { get; init; }

    /// <summary>The evaluation at <see cref="At"/>.</summary>
    public required PolicyEvaluation Evaluation { get; init; }

    public required ChecklistEvents Events { get; init; }

    /// <summary>The first <c>nextUpdateBy</c> of the incident: the deadline of the first status update, as set at detection.</summary>
    public required Instant? FirstUpdateDue { get; init; }

    public Instant DetectedAt => Record.DetectedAt;

    public Instant? ResolvedAt => Events.ResolvedAt;

    /// <summary>The levels the incident has been at, in order, each with the instant it entered it.</summary>
    public IEnumerable<(SeverityLevelPolicy Level, Instant Since)> Levels =>
        Evaluation.SeverityHistory.Select(c => (Policy[c.Severity.Name], c.Since));

    /// <summary>The level in force at <paramref name="instant"/> (the last change at or before it).</summary>
    public SeverityLevelPolicy LevelAt(Instant instant) =>
        Levels.Where(l => l.Since <= instant).Select(l => l.Level).LastOrDefault() ?? Levels.First().Level;

    /// <summary>The instant the post-incident review is due, when resolved at a peak level that has one.</summary>
    public Instant? ReviewBy =>
        ResolvedAt is { } resolved && Policy[Evaluation.PeakSeverity.Name].ReviewWithin is { } within
            ? within.DueAfter(resolved, Policy.Calendar)
            : null;

    /// <summary>An item that only an incident's resolution can start: pending, with no due instant, until then.</summary>
    public static ChecklistItem PendingUntilResolved(ChecklistItemDescriptor item) =>
        new(item.Key, ChecklistItemState.Pending, null, null, "not resolved");

    /// <summary>
    /// The state of an item that is done at <paramref name="doneAt"/> and otherwise due at <paramref name="dueBy"/>:
    /// done; missed at resolution when it belongs before it; overdue from its due instant; pending before.
    /// </summary>
    public ChecklistItem Timed(
        ChecklistItemDescriptor item, Instant? doneAt, string doneEvidence, Instant? dueBy, string notDoneEvidence, bool belongsBeforeResolution = true)
    {
        if (doneAt is { } done && done <= At)
        {
            return new ChecklistItem(item.Key, ChecklistItemState.Done, done, dueBy, doneEvidence);
        }

        if (belongsBeforeResolution && ResolvedAt is { } resolved)
        {
            return new ChecklistItem(item.Key, ChecklistItemState.Missed, resolved, dueBy, Invariant($"not done by the resolution at {resolved}; {notDoneEvidence}"));
        }

        return dueBy is { } due && At >= due
            ? new ChecklistItem(item.Key, ChecklistItemState.Overdue, null, due, notDoneEvidence)
            : new ChecklistItem(item.Key, ChecklistItemState.Pending, null, dueBy, notDoneEvidence);
    }

    public static ChecklistItem NotApplicable(ChecklistItemDescriptor item, string evidence) =>
        new(item.Key, ChecklistItemState.NotApplicable, null, null, evidence);

    /// <summary>Names joined with a comma and a space.</summary>
    public static string List(IEnumerable<string> names) => string.Join(", ", names);

    /// <summary>The instants of <paramref name="events"/> of type <typeparamref name="TEvent"/>.</summary>
    public static ImmutableArray<TEvent> Of<TEvent>(IEnumerable<Model.Events.IncidentEvent> events) => [.. events.OfType<TEvent>()];
}
