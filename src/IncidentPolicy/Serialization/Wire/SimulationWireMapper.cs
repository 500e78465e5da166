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

    private static SimulatedActionWire Action(SimulatedAction action) => action switch
    {
        SeverityChangedAction a => new SeverityChangedActionWire
        {
            At = a.At,
            RuleId = a.RuleId,
            Severity = a.Change.Severity.Name,
            Reason = a.Change.Reason,
        },
        StatusChangedAction a => new StatusChangedActionWire
        {
            At = a.At,
            RuleId = a.RuleId,
            Status = WireNames.Status.Name(a.Status),
        },
        NotificationAction a => new NotificationActionWire
        {
            At = a.At,
            RuleId = a.RuleId,
            Recipient = a.Notification.Recipient,
            Severity = a.Notification.Severity.Name,
            Key = a.Notification.Key,
            Channel = WireNames.Channel.Name(a.Notification.Channel),
            Reason = a.Notification.Reason,
        },
        DiagnosticAction a => new DiagnosticActionWire
        {
            At = a.At,
            RuleId = a.RuleId,
            Severity = WireNames.DiagnosticSeverity.Name(a.Diagnostic.Severity),
            Message = a.Diagnostic.Message,
        },
        DeadlineChangedAction a => new DeadlineChangedActionWire
        {
            At = a.At,
            RuleId = a.RuleId,
            Deadline = a.Deadline.Name,
            From = a.Previous,
            To = a.Value,
        },
        _ => throw new ArgumentException($"Unknown action kind {action.Kind}.", nameof(action)),
    };
}
