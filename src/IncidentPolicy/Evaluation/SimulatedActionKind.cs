namespace IncidentPolicy.Evaluation;

/// <summary>What a <see cref="SimulatedAction"/> is: each kind is one subtype.</summary>
public enum SimulatedActionKind
{
    /// <summary>The incident entered a level (<see cref="SeverityChangedAction"/>).</summary>
    SeverityChanged,

    /// <summary>The status changed to mitigated or resolved (<see cref="StatusChangedAction"/>).</summary>
    StatusChanged,

    /// <summary>Someone is to be notified (<see cref="NotificationAction"/>).</summary>
    Notification,

    /// <summary>A check rule reported a diagnostic (<see cref="DiagnosticAction"/>).</summary>
    Diagnostic,

    /// <summary>A deadline was set, moved or cleared (<see cref="DeadlineChangedAction"/>).</summary>
    DeadlineChanged,
}
