using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>The post-incident review meeting was booked. It also applies after resolution; a later booking replaces an earlier one.</summary>
/// <param name="At">When it was booked.</param>
/// <param name="For">When the meeting is.</param>
public sealed record ReviewScheduled(Instant At, Instant For) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "reviewScheduled";

    internal override bool AppliesAfterResolution => true;
}
