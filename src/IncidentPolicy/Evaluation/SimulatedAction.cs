using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// One thing the policy does in a simulated timeline (<see cref="PolicySimulator"/>): a level entered, a
/// status change, a notification, a diagnostic, or a deadline set, moved or cleared. <see cref="Kind"/> says
/// which, and exactly one payload property (named after the kind) is set.
/// </summary>
public sealed record SimulatedAction
{
    private SimulatedAction(Instant at, SimulatedActionKind kind)
    {
        At = at;
        Kind = kind;
    }

    /// <summary>
    /// When it happens: the instant of the level entry, notification or diagnostic, or the instant of the
    /// evaluation at which the status or deadline changed.
    /// </summary>
    public Instant At { get; }

    /// <summary>What it is.</summary>
    public SimulatedActionKind Kind { get; }

    /// <summary>The rule that produced it (<c>IRP3001</c>, <c>manual</c>, ...); <see langword="null"/> for status and deadline changes, which follow from the timeline.</summary>
    public string? RuleId => Kind switch
    {
        SimulatedActionKind.SeverityChanged => SeverityChange?.RuleId,
        SimulatedActionKind.Notification => Notification?.RuleId,
        SimulatedActionKind.Diagnostic => Diagnostic?.Id,
        _ => null,
    };

    /// <summary>For <see cref="SimulatedActionKind.SeverityChanged"/>: the new history entry.</summary>
    public SeverityChange? SeverityChange { get; private init; }

    /// <summary>For <see cref="SimulatedActionKind.StatusChanged"/>: the new status.</summary>
    public IncidentStatus? Status { get; private init; }

    /// <summary>For <see cref="SimulatedActionKind.Notification"/>: who is notified, and the de-duplication key.</summary>
    public Notification? Notification { get; private init; }

    /// <summary>For <see cref="SimulatedActionKind.Diagnostic"/>: what the check rule found.</summary>
    public PolicyDiagnostic? Diagnostic { get; private init; }

    /// <summary>
    /// For <see cref="SimulatedActionKind.DeadlineChanged"/>: which deadline, by its key in the wire format:
    /// <c>responseBy</c>, <c>nextUpdateBy</c>, <c>escalatesAt</c>, <c>earliestResolveAt</c> or <c>reviewBy</c>.
    /// </summary>
    public string? Deadline { get; private init; }

    /// <summary>For <see cref="SimulatedActionKind.DeadlineChanged"/>: the deadline's new value; <see langword="null"/> when it was cleared.</summary>
    public Instant? DeadlineValue { get; private init; }

    /// <summary>For <see cref="SimulatedActionKind.DeadlineChanged"/>: the deadline's value before; <see langword="null"/> when it was not set.</summary>
    public Instant? PreviousDeadlineValue { get; private init; }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        SimulatedActionKind.SeverityChanged => $"{At} {SeverityChange!.Severity} ({SeverityChange.RuleId}): {SeverityChange.Reason}",
        SimulatedActionKind.StatusChanged => $"{At} status {Status}",
        SimulatedActionKind.Notification => $"{At} notify {Notification!.Recipient} ({Notification.RuleId}, key {Notification.Key})",
        SimulatedActionKind.Diagnostic => $"{At} {Diagnostic!.Id} {Diagnostic.Severity}: {Diagnostic.Message}",
        _ => $"{At} {Deadline} {PreviousDeadlineValue?.ToString() ?? "unset"} -> {DeadlineValue?.ToString() ?? "unset"}",
    };

    internal static SimulatedAction Entered(SeverityChange change) =>
        new(change.Since, SimulatedActionKind.SeverityChanged) { SeverityChange = change };

    internal static SimulatedAction StatusBecame(Instant at, IncidentStatus status) =>
        new(at, SimulatedActionKind.StatusChanged) { Status = status };

    internal static SimulatedAction Notified(Notification notification) =>
        new(notification.At, SimulatedActionKind.Notification) { Notification = notification };

    internal static SimulatedAction Reported(PolicyDiagnostic diagnostic) =>
        new(diagnostic.At, SimulatedActionKind.Diagnostic) { Diagnostic = diagnostic };

    internal static SimulatedAction DeadlineMoved(Instant at, string deadline, Instant? previous, Instant? value) =>
        new(at, SimulatedActionKind.DeadlineChanged) { Deadline = deadline, PreviousDeadlineValue = previous, DeadlineValue = value };
}
