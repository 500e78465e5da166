using System;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// The incident's deadlines at the evaluation instant, one per <see cref="Deadline"/> of
/// <see cref="Deadline.All"/>; <see langword="null"/> where not applicable. Deadlines appear whatever their
/// rule's configured severity.
/// </summary>
/// <param name="ResponseBy">When an acknowledgement is (or was) due; keeps its value once met or missed (<see cref="Deadline.ResponseBy"/>).</param>
/// <param name="NextUpdateBy">When the next status update is due; <see langword="null"/> once resolved (<see cref="Deadline.NextUpdateBy"/>).</param>
/// <param name="EscalatesAt">When the incident escalates if still unresolved; <see langword="null"/> once resolved, at a level without escalation, or with IRP3001 off (<see cref="Deadline.EscalatesAt"/>).</param>
/// <param name="EarliestResolveAt">The last mitigation plus the level's verification window; frozen at resolution (<see cref="Deadline.EarliestResolveAt"/>).</param>
/// <param name="ReviewBy">When the post-incident review is due, from resolution; keeps its value once met or missed (<see cref="Deadline.ReviewBy"/>).</param>
/// <param name="NextCustomerUpdateBy">When the next customer update is due; <see langword="null"/> at a level without a customer update cadence and once resolved (<see cref="Deadline.NextCustomerUpdateBy"/>).</param>
public sealed record IncidentDeadlines(
    Instant? ResponseBy, Instant? NextUpdateBy, Instant? EscalatesAt, Instant? EarliestResolveAt, Instant? ReviewBy, Instant? NextCustomerUpdateBy = null)
{
    /// <summary>The deadlines read from <paramref name="valueOf"/>, one call per deadline of <see cref="Deadline.All"/>.</summary>
    internal IncidentDeadlines(Func<Deadline, Instant?> valueOf)
        : this(valueOf(Deadline.ResponseBy), valueOf(Deadline.NextUpdateBy), valueOf(Deadline.EscalatesAt), valueOf(Deadline.EarliestResolveAt), valueOf(Deadline.ReviewBy), valueOf(Deadline.NextCustomerUpdateBy))
    {
    }

    /// <summary>The value of <paramref name="deadline"/>.</summary>
    /// <param name="deadline">One of <see cref="Deadline.All"/>.</param>
    /// <returns>Its instant, or <see langword="null"/> where not applicable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deadline"/> is not part of a result.</exception>
    public Instant? this[Deadline deadline] =>
        ReferenceEquals(deadline, Deadline.ResponseBy) ? ResponseBy
        : ReferenceEquals(deadline, Deadline.NextUpdateBy) ? NextUpdateBy
        : ReferenceEquals(deadline, Deadline.EscalatesAt) ? EscalatesAt
        : ReferenceEquals(deadline, Deadline.EarliestResolveAt) ? EarliestResolveAt
        : ReferenceEquals(deadline, Deadline.ReviewBy) ? ReviewBy
        : ReferenceEquals(deadline, Deadline.NextCustomerUpdateBy) ? NextCustomerUpdateBy
        : throw new ArgumentOutOfRangeException(nameof(deadline), deadline, "Not a deadline of a result.");
}
