using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// One thing the policy does in a simulated timeline (<see cref="PolicySimulator"/>). Each kind is a
/// subtype with only its own data: <see cref="SeverityChangedAction"/>, <see cref="StatusChangedAction"/>,
/// <see cref="NotificationAction"/>, <see cref="DiagnosticAction"/> and <see cref="DeadlineChangedAction"/>.
/// </summary>
/// <example>
/// <code>
/// foreach (var action in simulation.Actions)
/// {
///     if (action is NotificationAction n) Console.WriteLine($"{n.At}: notify {n.Notification.Recipient}");
/// }
/// </code>
/// </example>
public abstract record SimulatedAction
{
    private protected SimulatedAction(Instant at) => At = at;

    /// <summary>
    /// When it happens: the instant of the level entry, notification or diagnostic, or the instant of the
    /// evaluation at which the status or deadline changed.
    /// </summary>
    public Instant At { get; }

    /// <summary>What it is: the kind of the subtype.</summary>
    public abstract SimulatedActionKind Kind { get; }

    /// <summary>The rule that produced it (<c>IRP3001</c>, <c>manual</c>, ...); <see langword="null"/> for status and deadline changes, which follow from the timeline.</summary>
    public virtual string? RuleId => null;
}
