using System.Linq;
using IncidentPolicy.Evaluation;

namespace IncidentPolicy.Tests.Support;

/// <summary>A canonical text of an evaluation, to compare whole results (every field but the instant evaluated).</summary>
internal static class Render
{
    public static string WithoutEvaluatedAt(PolicyEvaluation e) => string.Join(
        "\n",
        [
            $"{e.IncidentId} {e.Severity} peak {e.PeakSeverity} {e.Status} phase {e.Phase} {e.Channel}",
            .. e.SeverityHistory.Select(h => $"history {h.Severity} {h.Since} {h.RuleId} {h.Reason}"),
            $"deadlines {e.Deadlines}",
            .. e.Notifications.Select(n => $"notify {n}"),
            .. e.Diagnostics.Select(d => $"diagnostic {d.Id} {d.Severity} {d.At} {d.Message}"),
            $"next {e.NextEvaluationAt}",
        ]);
}
