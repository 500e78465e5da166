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
            [.. (evaluation.SeverityHistory.IsDefault ? [] : evaluation.SeverityHistory).Select(ToWire)],
            new DeadlinesWire(deadlines.ResponseBy, deadlines.NextUpdateBy, deadlines.EscalatesAt, deadlines.EarliestResolveAt, deadlines.ReviewBy, deadlines.NextCustomerUpdateBy),
            [.. (evaluation.Notifications.IsDefault ? [] : evaluation.Notifications).Select(ToWire)],
            [.. (evaluation.Diagnostics.IsDefault ? [] : evaluation.Diagnostics).Select(ToWire)],
            evaluation.NextEvaluationAt);
    }

    /// <summary>An entry of <c>severityHistory</c>.</summary>
    public static SeverityChangeWire ToWire(SeverityChange change) => new(change.Severity.Name, change.Since, change.RuleId, change.Reason);

    /// <summary>An entry of <c>diagnostics</c>.</summary>
    /// <exception cref="System.ArgumentException">The diagnostic's severity is not defined.</exception>
    public static DiagnosticWire ToWire(PolicyDiagnostic diagnostic) =>
        new(diagnostic.Id, WireNames.DiagnosticSeverity.Name(diagnostic.Severity), diagnostic.At, diagnostic.Message);

    /// <summary>An entry of <c>notifications</c>.</summary>
    /// <exception cref="System.ArgumentException">The notification's channel is not defined.</exception>
    public static NotificationWire ToWire(Notification notification) => new(
        notification.Recipient,
        notification.Severity.Name,
        notification.At,
        notification.RuleId,
        notification.Key,
        WireNames.Channel.Name(notification.Channel),
        notification.Reason);
}
