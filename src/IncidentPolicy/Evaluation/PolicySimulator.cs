using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// What-if timelines: everything the policy does to an incident from its detection until a horizon —
/// level changes, notifications, diagnostics, status and deadline changes — in time order. It steps
/// evaluations as a host that never polls would (at detection, at each recorded event, at each
/// <see cref="PolicyEvaluation.NextEvaluationAt"/>) and reports each change the first time it appears,
/// so it is exactly what such a host would see and do. Each step resumes from the checkpoint of the one
/// before (<see cref="PolicyEngine.EvaluateWithCheckpoint"/>), so a simulation costs about one replay of
/// the timeline, not one per step.
/// </summary>
/// <example>
/// <code>
/// // A P2 opened on Friday evening: everything that happens in the next 72 hours.
/// var simulation = PolicySimulator.Simulate(engine, incident, incident.DetectedAt + Duration.FromHours(72));
/// foreach (var action in simulation.Actions) Console.WriteLine(action);
/// </code>
/// </example>
public static class PolicySimulator
{
    /// <summary>Simulates <paramref name="incident"/> from its detection until <paramref name="until"/>.</summary>
    /// <param name="engine">The engine of the policy to simulate.</param>
    /// <param name="incident">The record; its events after <paramref name="until"/> are ignored (but checked).</param>
    /// <param name="until">The horizon, at or after the detection. The timeline ends earlier in effect when the result never changes again.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="incident"/> is <see langword="null"/>.</exception>
    /// <exception cref="Validation.InvalidIncidentException">The record breaks the rules of the format; nothing was simulated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is before the incident's detection.</exception>
    public static PolicySimulation Simulate(PolicyEngine engine, IncidentRecord incident, Instant until)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(incident);
        if (until < incident.DetectedAt)
        {
            throw new ArgumentOutOfRangeException(
                nameof(until), until, $"The horizon {until} is before incident '{incident.Id}' was detected ({incident.DetectedAt}).");
        }

        var actions = new List<SimulatedAction>();
        var evaluatedAt = new List<Instant>();
        var seenHistory = new HashSet<SeverityChange>();
        var seenNotifications = new HashSet<Notification>();
        var seenDiagnostics = new HashSet<PolicyDiagnostic>();
        PolicyEvaluation? previous = null;
        EvaluationCheckpoint? checkpoint = null;
        var wakeUps = new SortedSet<Instant>(incident.Events.Select(e => e.At).Where(at => at <= until)) { incident.DetectedAt };
        while (wakeUps.Count > 0)
        {
            var at = wakeUps.Min;
            wakeUps.Remove(at);
            // Each wake-up continues from the last: the simulation costs the timeline once, not once per wake-up.
            var step = engine.EvaluateWithCheckpoint(incident, at, checkpoint);
            var result = step.Evaluation;
            checkpoint = step.Checkpoint;
            evaluatedAt.Add(at);

            actions.AddRange(result.SeverityHistory.Where(seenHistory.Add).Select(c => new SeverityChangedAction(c)));
            if (result.Status != (previous?.Status ?? IncidentStatus.Open))
            {
                actions.Add(new StatusChangedAction(at, result.Status));
            }

            actions.AddRange(result.Notifications.Where(seenNotifications.Add).Select(n => new NotificationAction(n)));
            actions.AddRange(result.Diagnostics.Where(seenDiagnostics.Add).Select(d => new DiagnosticAction(d)));
            actions.AddRange(DeadlineChanges(at, previous?.Deadlines, result.Deadlines));

            previous = result;
            if (result.NextEvaluationAt is { } next && next <= until)
            {
                wakeUps.Add(next);
            }
        }

        // Each action is reported at the evaluation that first shows it, which is its own instant; the
        // stable sort only guarantees time order should a rule ever date an output before its evaluation.
        return new PolicySimulation(
            incident.Id,
            incident.DetectedAt,
            until,
            [.. actions.OrderBy(a => a.At)],
            [.. evaluatedAt],
            until == previous!.EvaluatedAt ? previous : engine.EvaluateWithCheckpoint(incident, until, checkpoint).Evaluation);
    }

    /// <summary>The deadlines that changed between two results, in the order of <see cref="Deadline.All"/>.</summary>
    private static IEnumerable<SimulatedAction> DeadlineChanges(Instant at, IncidentDeadlines? before, IncidentDeadlines after)
    {
        foreach (var deadline in Deadline.All)
        {
            var old = before?[deadline];
            var now = after[deadline];
            if (old != now)
            {
                yield return new DeadlineChangedAction(at, deadline, old, now);
            }
        }
    }
}
