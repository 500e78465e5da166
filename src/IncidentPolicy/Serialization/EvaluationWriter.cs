using System.Text.Json;
using IncidentPolicy.Evaluation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Writes an evaluation result in the shape of <c>docs/wire-format.md</c>, "Evaluation result": every
/// key always, in the contract's order, <c>null</c> where a value is absent, arrays in the result's order.
/// </summary>
internal static class EvaluationWriter
{
    public static string Write(PolicyEvaluation evaluation, bool indented) => JsonOutput.Write(indented, writer => WriteTo(writer, evaluation));

    /// <summary>Writes the result as one JSON object, e.g. as the value of a property of a larger document.</summary>
    public static void WriteTo(Utf8JsonWriter writer, PolicyEvaluation evaluation)
    {
        writer.WriteStartObject();
        writer.WriteString("incidentId", evaluation.IncidentId);
        writer.WriteInstant("evaluatedAt", evaluation.EvaluatedAt);
        writer.WriteString("severity", evaluation.Severity.Name);
        writer.WriteString("peakSeverity", evaluation.PeakSeverity.Name);
        writer.WriteString("status", WireNames.Status.Name(evaluation.Status));
        writer.WriteString("channel", evaluation.Channel);

        writer.WriteStartArray("severityHistory");
        foreach (var change in evaluation.SeverityHistory.IsDefault ? [] : evaluation.SeverityHistory)
        {
            writer.WriteStartObject();
            writer.WriteString("severity", change.Severity.Name);
            writer.WriteInstant("since", change.Since);
            writer.WriteString("ruleId", change.RuleId);
            writer.WriteString("reason", change.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        var deadlines = evaluation.Deadlines;
        writer.WriteStartObject("deadlines");
        writer.WriteInstant("responseBy", deadlines.ResponseBy);
        writer.WriteInstant("nextUpdateBy", deadlines.NextUpdateBy);
        writer.WriteInstant("escalatesAt", deadlines.EscalatesAt);
        writer.WriteInstant("earliestResolveAt", deadlines.EarliestResolveAt);
        writer.WriteInstant("reviewBy", deadlines.ReviewBy);
        writer.WriteEndObject();

        writer.WriteStartArray("notifications");
        foreach (var notification in evaluation.Notifications.IsDefault ? [] : evaluation.Notifications)
        {
            writer.WriteStartObject();
            writer.WriteString("recipient", notification.Recipient);
            writer.WriteString("severity", notification.Severity.Name);
            writer.WriteInstant("at", notification.At);
            writer.WriteString("ruleId", notification.RuleId);
            writer.WriteString("key", notification.Key);
            writer.WriteString("channel", WireNames.Channel.Name(notification.Channel));
            writer.WriteString("reason", notification.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in evaluation.Diagnostics.IsDefault ? [] : evaluation.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("severity", WireNames.DiagnosticSeverity.Name(diagnostic.Severity));
            writer.WriteInstant("at", diagnostic.At);
            writer.WriteString("message", diagnostic.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteInstant("nextEvaluationAt", evaluation.NextEvaluationAt);
        writer.WriteEndObject();
    }
}
