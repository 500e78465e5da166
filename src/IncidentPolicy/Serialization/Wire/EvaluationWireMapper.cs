using System.Linq;
using IncidentPolicy.Evaluation;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An evaluation result as its wire type: levels by name, enum values by their wire names, default arrays as empty.</summary>
internal static class EvaluationWireMapper
{
    /// <exception cref="System.ArgumentException">An enum value of the result is not defined.</exception>
    public static EvaluationWire ToWire(PolicyEvaluation evaluation)
    {
        var deadlines = evaluation.Deadlines;
        return new EvaluationWire(
            evaluation.IncidentId,
            evaluation.EvaluatedAt,
            evaluation.Severity.Name,
            evaluation.PeakSeverity.Name,
            WireNames.Status.Name(evaluation.Status),
            WireNames.Phase.Name(evaluation.Phase),
            evaluation.Channel,
            [.. (evaluation.SeverityHistory.IsDefault ? [] : evaluation.SeverityHistory)
                .Select(change => new SeverityChangeWire(change.Severity.Name, change.Since, change.RuleId, change.Reason))],
            new DeadlinesWire(deadlines.ResponseBy, deadlines.NextUpdateBy, deadlines.EscalatesAt, deadlines.EarliestResolveAt, deadlines.ReviewBy, deadlines.NextCustomerUpdateBy),
            [.. (evaluation.Notifications.IsDefault ? [] : evaluation.Notifications).Select(Notification)],
            [.. (evaluation.Diagnostics.IsDefault ? [] : evaluation.Diagnostics)
                .Select(diagnostic => new DiagnosticWire(diagnostic.Id, WireNames.DiagnosticSeverity.Name(diagnostic.Severity), diagnostic.At, diagnostic.Message))],
            evaluation.NextEvaluationAt);
    }

    private static NotificationWire Notification(Notification notification) => new(
        notification.Recipient,
        notification.Severity.Name,
        notification.At,
        notification.RuleId,
        notification.Key,
        WireNames.Channel.Name(notification.Channel),
        notification.Reason);
}
