namespace IncidentPolicy.Evaluation;

/// <summary>What a <see cref="SimulatedAction"/> is; its payload property is named after it.</summary>
public enum SimulatedActionKind
{
    /// <summary>The incident entered a level: a new entry of the severity history (<see cref="SimulatedAction.SeverityChange"/>).</summary>
    SeverityChanged,

    /// <summary>The status changed to mitigated or resolved (<see cref="SimulatedAction.Status"/>).</summary>
    StatusChanged,

    /// <summary>Someone is to be notified (<see cref="SimulatedAction.Notification"/>).</summary>
    Notification,

    /// <summary>A check rule reported a diagnostic (<see cref="SimulatedAction.Diagnostic"/>).</summary>
    Diagnostic,

    /// <summary>A deadline was set, moved or cleared (<see cref="SimulatedAction.Deadline"/>, <see cref="SimulatedAction.DeadlineValue"/>).</summary>
    DeadlineChanged,
}
