using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>The status changed to mitigated or resolved.</summary>
public sealed record StatusChangedAction : SimulatedAction
{
    /// <summary>Creates the action.</summary>
    /// <param name="at">The evaluation at which the status changed.</param>
    /// <param name="status">The new status.</param>
    public StatusChangedAction(Instant at, IncidentStatus status)
        : base(at) => Status = status;

    /// <summary>The new status.</summary>
    public IncidentStatus Status { get; }

    /// <inheritdoc />
    public override SimulatedActionKind Kind => SimulatedActionKind.StatusChanged;

    /// <inheritdoc />
    public override string ToString() => $"{At} status {Status}";
}
