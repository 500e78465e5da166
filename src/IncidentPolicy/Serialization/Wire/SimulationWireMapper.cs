using System;
using System.Linq;
using IncidentPolicy.Evaluation;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A simulated timeline as its wire type: each action as the subtype of its kind, the final evaluation as <see cref="EvaluationWire"/>.</summary>
internal static class SimulationWireMapper
{
    /// <exception cref="ArgumentException">An action's kind or an enum value is not defined.</exception>
    public static SimulationWire ToWire(PolicySimulation simulation) => new(
        simulation.IncidentId,
        simulation.From,
        simulation.Until,
        [.. (simulation.Actions.IsDefault ? [] : simulation.Actions).Select(Action)],
        simulation.EvaluatedAt.IsDefault ? [] : simulation.EvaluatedAt,
        EvaluationWireMapper.ToWire(simulation.Final));

    private static SimulatedActionWire Action(SimulatedAction action) => action.Kind switch
    {
        SimulatedActionKind.SeverityChanged => new SeverityChangedActionWire
        {
            At = action.At,
            RuleId = action.RuleId,
            Severity = action.SeverityChange!.Severity.Name,
            Reason = action.SeverityChange.Reason,
        },
        SimulatedActionKind.StatusChanged => new StatusChangedActionWire
        {
            At = action.At,
            RuleId = action.RuleId,
            Status = WireNames.Status.Name(action.Status!.Value),
        },
        SimulatedActionKind.Notification => new NotificationActionWire
        {
            At = action.At,
            RuleId = action.RuleId,
            Recipient = action.Notification!.Recipient,
            Severity = action.Notification.Severity.Name,
            Key = action.Notification.Key,
            Channel = WireNames.Channel.Name(action.Notification.Channel),
            Reason = action.Notification.Reason,
        },
        SimulatedActionKind.Diagnostic => new DiagnosticActionWire
        {
            At = action.At,
            RuleId = action.RuleId,
            Severity = WireNames.DiagnosticSeverity.Name(action.Diagnostic!.Severity),
            Message = action.Diagnostic.Message,
        },
        SimulatedActionKind.DeadlineChanged => new DeadlineChangedActionWire
        {
            At = action.At,
            RuleId = action.RuleId,
            Deadline = action.Deadline!,
            From = action.PreviousDeadlineValue,
            To = action.DeadlineValue,
        },
        _ => throw new ArgumentException($"Unknown action kind {action.Kind}.", nameof(action)),
    };
}
