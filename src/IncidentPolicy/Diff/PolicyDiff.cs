using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using IncidentPolicy.Serialization.Wire;
using NodaTime;

namespace IncidentPolicy.Diff;

/// <summary>
/// What a change of policy does to an incident, like a plan before an apply: the incident is evaluated under
/// both policies at one instant, and every field of the two results is compared (docs/policy-diff.md) — the
/// severity, peak, status, phase and channel, the level changes of the history, each deadline, who is
/// notified and when, the diagnostics, and when the result next changes. Two policies that say the same give
/// no changes. Pure: the result depends only on the engines, the record and the instant.
/// </summary>
/// <example>
/// <code>
/// var before = PolicyEngine.Default;
/// var after = new PolicyEngine(PolicyJson.ReadOverride(File.ReadAllText("london.json")));
/// var diff = PolicyDiff.Compare(before, after, incident);
/// if (!diff.HasChanges) Console.WriteLine($"{diff.IncidentId}: no changes");
/// </code>
/// </example>
public static class PolicyDiff
{
    /// <summary>
    /// The instant a record is compared at when none is given: its last recorded event (the record as it was last
    /// written), or its detection when it has no events.
    /// </summary>
    /// <param name="incident">The record.</param>
    /// <returns>The instant of its latest event, or its detection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public static Instant DefaultInstant(IncidentRecord incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Events.IsDefaultOrEmpty ? incident.DetectedAt : Later(incident.DetectedAt, incident.Events.Max(e => e.At));
    }

    /// <summary>Compares what two policies say about <paramref name="incident"/> at <see cref="DefaultInstant"/>.</summary>
    /// <param name="from">The engine of the old policy.</param>
    /// <param name="to">The engine of the new policy.</param>
    /// <param name="incident">The record.</param>
    /// <returns>The two evaluations and their differences.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="Validation.InvalidIncidentException">The record is invalid for one of the policies (a level it does not have); nothing was compared.</exception>
    public static IncidentDiff Compare(PolicyEngine from, PolicyEngine to, IncidentRecord incident) =>
        Compare(from, to, incident, DefaultInstant(incident));

    /// <summary>Compares what two policies say about <paramref name="incident"/> at <paramref name="at"/>.</summary>
    /// <param name="from">The engine of the old policy.</param>
    /// <param name="to">The engine of the new policy.</param>
    /// <param name="incident">The record; only its events at or before <paramref name="at"/> count.</param>
    /// <param name="at">The instant both evaluate at, not before the detection.</param>
    /// <returns>The two evaluations and their differences.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="Validation.InvalidIncidentException">The record is invalid for one of the policies (a level it does not have); nothing was compared.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the incident's detection.</exception>
    public static IncidentDiff Compare(PolicyEngine from, PolicyEngine to, IncidentRecord incident, Instant at)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(incident);
        if (at < incident.DetectedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The instant {at} is before incident '{incident.Id}' was detected ({incident.DetectedAt}).");
        }

        return Compare(from.Evaluate(incident, at), to.Evaluate(incident, at));
    }

    /// <summary>The differences between two evaluations of one incident at one instant, e.g. results a host stored.</summary>
    /// <param name="before">The evaluation under the old policy.</param>
    /// <param name="after">The evaluation under the new policy.</param>
    /// <returns>The two evaluations and their differences.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The two evaluate different incidents or different instants.</exception>
    public static IncidentDiff Compare(PolicyEvaluation before, PolicyEvaluation after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!string.Equals(before.IncidentId, after.IncidentId, StringComparison.Ordinal) || before.EvaluatedAt != after.EvaluatedAt)
        {
            throw new ArgumentException(
                $"Only two evaluations of one incident at one instant compare: '{before.IncidentId}' at {before.EvaluatedAt} and '{after.IncidentId}' at {after.EvaluatedAt}.",
                nameof(after));
        }

        return new IncidentDiff
        {
            IncidentId = before.IncidentId,
            At = before.EvaluatedAt,
            Before = before,
            After = after,
            Changes = [.. Changes(before, after)],
        };
    }

    private static IEnumerable<BehaviourChange> Changes(PolicyEvaluation before, PolicyEvaluation after)
    {
        var fields = new (string Path, string? Before, string? After)[]
        {
            (EvaluationPaths.Severity, before.Severity.Name, after.Severity.Name),
            (EvaluationPaths.PeakSeverity, before.PeakSeverity.Name, after.PeakSeverity.Name),
            (EvaluationPaths.Status, WireNames.Status.Name(before.Status), WireNames.Status.Name(after.Status)),
            (EvaluationPaths.Phase, WireNames.Phase.Name(before.Phase), WireNames.Phase.Name(after.Phase)),
            (EvaluationPaths.Channel, before.Channel, after.Channel),
        };
        foreach (var (path, old, now) in fields.Where(f => !string.Equals(f.Before, f.After, StringComparison.Ordinal)))
        {
            yield return new FieldChange(path, old, now);
        }

        foreach (var pair in EntryPairing.Differences(before.SeverityHistory, after.SeverityHistory, EvaluationWireMapper.ToWire, h => h.Severity + " " + h.RuleId, h => h.Since))
        {
            yield return new SeverityHistoryChange(pair.Kind, EvaluationPaths.SeverityHistory, pair.Before, pair.After);
        }

        foreach (var deadline in Deadline.All.Where(d => before.Deadlines[d] != after.Deadlines[d]))
        {
            yield return new InstantChange(EvaluationPaths.Of(deadline), before.Deadlines[deadline], after.Deadlines[deadline]);
        }

        foreach (var pair in EntryPairing.Differences(before.Notifications, after.Notifications, EvaluationWireMapper.ToWire, n => n.Recipient, n => n.At))
        {
            yield return new NotificationChange(pair.Kind, EvaluationPaths.Notifications, pair.Before, pair.After);
        }

        foreach (var pair in EntryPairing.Differences(before.Diagnostics, after.Diagnostics, EvaluationWireMapper.ToWire, d => d.Id, d => d.At))
        {
            yield return new DiagnosticChange(pair.Kind, EvaluationPaths.Diagnostics, pair.Before, pair.After);
        }

        if (before.NextEvaluationAt != after.NextEvaluationAt)
        {
            yield return new InstantChange(EvaluationPaths.NextEvaluationAt, before.NextEvaluationAt, after.NextEvaluationAt);
        }
    }

    private static Instant Later(Instant a, Instant b) => a > b ? a : b;
}
