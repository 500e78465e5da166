namespace IncidentPolicy.Evaluation;

/// <summary>Someone is to be notified.</summary>
public sealed record NotificationAction : SimulatedAction
{
    /// <summary>Creates the action, at the instant of the notification.</summary>
    /// <param name="notification">Who is notified, and the de-duplication key.</param>
    public NotificationAction(Notification notification)
        : base(notification.At) => Notification = notification;

    /// <summary>Who is notified, and the de-duplication key.</summary>
    public Notification Notification { get; }

    /// <inheritdoc />
    public override SimulatedActionKind Kind => SimulatedActionKind.Notification;

    /// <inheritdoc />
    public override string? RuleId => Notification.RuleId;

    /// <inheritdoc />
    public override string ToString() => $"{At} notify {Notification.Recipient} ({Notification.RuleId}, key {Notification.Key})";
}
