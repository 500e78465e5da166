using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Tests.Support;

/// <summary>
/// A host that evaluates only at detection, at each event and at each nextEvaluationAt, and acts on each
/// notification and diagnostic the first time it sees it.
/// </summary>
internal static class StepByStep
{
    public static (List<PolicyEvaluation> Evaluations, List<(Instant SeenAt, string What)> Actions) Run(PolicyEngine engine, IncidentRecord incident, Instant until)
    {
        var evaluations = new List<PolicyEvaluation>();
        var actions = new List<(Instant, string)>();
        var seen = new HashSet<string>();
        var wakeUps = new SortedSet<Instant>(incident.Events.Select(e => e.At).Where(at => at <= until)) { incident.DetectedAt };
        while (wakeUps.Count > 0)
        {
            var at = wakeUps.Min;
            wakeUps.Remove(at);
            var result = engine.Evaluate(incident, at);
            evaluations.Add(result);
            foreach (var what in result.Notifications.Select(n => $"notify {n}").Concat(result.Diagnostics.Select(d => $"diagnostic {d}")))
            {
                if (seen.Add(what))
                {
                    actions.Add((at, what));
                }
            }

            if (result.NextEvaluationAt is { } next && next <= until)
            {
                wakeUps.Add(next);
            }
        }

        return (evaluations, actions);
    }
}
