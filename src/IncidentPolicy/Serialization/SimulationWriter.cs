using System;
using System.Text.Json;
using IncidentPolicy.Evaluation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Writes a simulated timeline: <c>incidentId</c>, <c>from</c>, <c>until</c>, <c>actions</c> (each with
/// <c>at</c>, <c>kind</c>, <c>ruleId</c> and the fields of its kind), <c>evaluatedAt</c>, and <c>final</c>
/// (the evaluation at the horizon, in the shape of <see cref="EvaluationWriter"/>).
/// </summary>
internal static class SimulationWriter
{
    public static string Write(PolicySimulation simulation, bool indented) => JsonOutput.Write(indented, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("incidentId", simulation.IncidentId);
        writer.WriteInstant("from", simulation.From);
        writer.WriteInstant("until", simulation.Until);
        writer.WriteStartArray("actions");
        foreach (var action in simulation.Actions.IsDefault ? [] : simulation.Actions)
        {
            WriteAction(writer, action);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("evaluatedAt");
        foreach (var at in simulation.EvaluatedAt.IsDefault ? [] : simulation.EvaluatedAt)
        {
            InstantJson.Write(writer, at);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("final");
        EvaluationWriter.WriteTo(writer, simulation.Final);
        writer.WriteEndObject();
    });

    private static void WriteAction(Utf8JsonWriter writer, SimulatedAction action)
    {
        writer.WriteStartObject();
        writer.WriteInstant("at", action.At);
        writer.WriteString("kind", KindName(action.Kind));
        writer.WriteString("ruleId", action.RuleId);
        switch (action)
        {
            case SeverityChangedAction severity:
                writer.WriteString("severity", severity.Change.Severity.Name);
                writer.WriteString("reason", severity.Change.Reason);
                break;
            case StatusChangedAction status:
                writer.WriteString("status", WireNames.Status.Name(status.Status));
                break;
            case NotificationAction notified:
                var notification = notified.Notification;
                writer.WriteString("recipient", notification.Recipient);
                writer.WriteString("severity", notification.Severity.Name);
                writer.WriteString("key", notification.Key);
                writer.WriteString("channel", WireNames.Channel.Name(notification.Channel));
                writer.WriteString("reason", notification.Reason);
                break;
            case DiagnosticAction reported:
                writer.WriteString("severity", WireNames.DiagnosticSeverity.Name(reported.Diagnostic.Severity));
                writer.WriteString("message", reported.Diagnostic.Message);
                break;
            case DeadlineChangedAction deadline:
                writer.WriteString("deadline", deadline.Deadline.Name);
                writer.WriteInstant("from", deadline.Previous);
                writer.WriteInstant("to", deadline.Value);
                break;
            default:
                throw new ArgumentException($"Unknown action kind {action.Kind}.", nameof(action));
        }

        writer.WriteEndObject();
    }

    private static string KindName(SimulatedActionKind kind) => kind switch
    {
        SimulatedActionKind.SeverityChanged => "severityChanged",
        SimulatedActionKind.StatusChanged => "statusChanged",
        SimulatedActionKind.Notification => "notification",
        SimulatedActionKind.Diagnostic => "diagnostic",
        SimulatedActionKind.DeadlineChanged => "deadlineChanged",
        _ => throw new ArgumentException($"Unknown action kind {kind}.", nameof(kind)),
    };
}
