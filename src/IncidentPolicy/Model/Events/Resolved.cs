using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>
/// The incident was declared resolved. Afterwards only <see cref="ReviewCompleted"/>, <see cref="ReviewScheduled"/>,
/// <see cref="ActionItemCreated"/>, <see cref="CauseIdentified"/> and <see cref="StatusUpdatePosted"/> occur, and only
/// the review's have an effect on the evaluation.
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="RootCause">The root cause, in the responders' words, when given.</param>
/// <param name="Resolution">What resolved it, when given.</param>
/// <param name="CustomerImpact">What customers experienced, in words for them, when given.</param>
public sealed record Resolved(Instant At, string? RootCause = null, string? Resolution = null, string? CustomerImpact = null) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "resolved";
}
