using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>A mitigation was applied (rollback, feature flag, scaling, ...): the verification window starts (IRP6001).</summary>
/// <param name="At">When it happened.</param>
/// <param name="Action">What was done, e.g. <c>rollback</c>.</param>
public sealed record MitigationApplied(Instant At, string? Action = null) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "mitigationApplied";
}
