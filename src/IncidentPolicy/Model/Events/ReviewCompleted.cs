using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>The post-incident review was completed (IRP7001). Before resolution it has no effect.</summary>
/// <param name="At">When it happened.</param>
public sealed record ReviewCompleted(Instant At) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "reviewCompleted";

    internal override bool AppliesAfterResolution => true;
}
