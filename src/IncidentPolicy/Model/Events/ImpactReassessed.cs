using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>The impact was assessed again; fields the update leaves out keep their values. Raises the severity when the new class is more severe, never lowers it (IRP1001).</summary>
/// <param name="At">When it happened.</param>
/// <param name="Impact">The new answers.</param>
public sealed record ImpactReassessed(Instant At, ImpactUpdate Impact) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "impactReassessed";
}
