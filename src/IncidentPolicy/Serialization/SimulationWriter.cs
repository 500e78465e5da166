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
        switch (action.Kind)
        {
            case SimulatedActionKind.SeverityChanged:
                writer.WriteString("severity", action.SeverityChange!.Severity.Name);
                writer.WriteString("reason", action.SeverityChange.Reason);
                break;
            case SimulatedActionKind.StatusChanged:
                writer.WriteString("status", WireNames.Status.Name(action.Status!.Value));
                break;
            case SimulatedActionKind.Notification:
                var notification = action.Notification!;
                writer.WriteString("recipient", notification.Recipient);
                writer.WriteString("severity", notification.Severity.Name);
                writer.WriteString("key", notification.Key);
                writer.WriteString("channel", WireNames.Channel.Name(notification.Channel));
                writer.WriteString("reason", notification.Reason);
                break;
            case SimulatedActionKind.Diagnostic:
                writer.WriteString("severity", WireNames.DiagnosticSeverity.Name(action.Diagnostic!.Severity));
                writer.WriteString("message", action.Diagnostic.Message);
                break;
            case SimulatedActionKind.DeadlineChanged:
                writer.WriteString("deadline", action.Deadline);
                writer.WriteInstant("from", action.PreviousDeadlineValue);
                writer.WriteInstant("to", action.DeadlineValue);
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
