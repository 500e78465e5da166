using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using NodaTime.Text;

namespace IncidentPolicy.Soak;

/// <summary>
/// The keys the Worker sample delivers for a result, computed with the library as the worker does: each notification's
/// key, <c>incidentId/ruleId/at</c> for each diagnostic (<c>#n</c> for the n-th of one rule at one instant), and the
/// keys of <see cref="DueMessages"/>.
/// </summary>
internal static class WorkerKeys
{
    public static IEnumerable<string> Of(IncidentRecord incident, PolicyEvaluation result)
    {
        foreach (var n in result.Notifications)
        {
            yield return n.Key;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in result.Diagnostics)
        {
            var key = $"{incident.Id}/{d.Id}/{InstantPattern.ExtendedIso.Format(d.At)}";
            var count = seen[key] = seen.GetValueOrDefault(key) + 1;
            yield return count == 1 ? key : $"{key}#{count}";
        }

        foreach (var due in DueMessages.In(incident, result))
        {
            yield return due.Key;
        }
    }

    /// <summary>The incident a key belongs to: the part before its first slash.</summary>
    public static string IncidentOf(string key) => key.Split('/', 2)[0];

    /// <summary>Every key of every record evaluated at one instant.</summary>
    public static HashSet<string> Expected(PolicyEngine engine, IEnumerable<IncidentRecord> records, NodaTime.Instant at) =>
        records.AsParallel().SelectMany(r => at < r.DetectedAt ? [] : Of(r, engine.Evaluate(r, at)).ToArray()).ToHashSet(StringComparer.Ordinal);
}
