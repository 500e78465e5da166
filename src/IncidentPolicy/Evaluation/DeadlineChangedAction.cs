using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>A deadline was set, moved or cleared.</summary>
public sealed record DeadlineChangedAction : SimulatedAction
{
    /// <summary>Creates the action.</summary>
    /// <param name="at">The evaluation at which the deadline changed.</param>
    /// <param name="deadline">Which deadline.</param>
    /// <param name="previous">Its value before, or <see langword="null"/> when it was not set.</param>
    /// <param name="value">Its new value, or <see langword="null"/> when it was cleared.</param>
    public DeadlineChangedAction(Instant at, Deadline deadline, Instant? previous, Instant? value)
        : base(at)
    {
        Deadline = deadline;
        Previous = previous;
        Value = value;
    }

    /// <summary>Which deadline.</summary>
    public Deadline Deadline { get; }

    /// <summary>Its value before; <see langword="null"/> when it was not set.</summary>
    public Instant? Previous { get; }

    /// <summary>Its new value; <see langword="null"/> when it was cleared.</summary>
    public Instant? Value { get; }

    /// <inheritdoc />
    public override SimulatedActionKind Kind => SimulatedActionKind.DeadlineChanged;

    /// <inheritdoc />
    public override string ToString() => $"{At} {Deadline} {Previous?.ToString() ?? "unset"} -> {Value?.ToString() ?? "unset"}";
}
