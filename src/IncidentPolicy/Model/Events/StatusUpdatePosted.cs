using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>A status update was posted to stakeholders (IRP5001).</summary>
/// <param name="At">When it happened.</param>
public sealed record StatusUpdatePosted(Instant At) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "statusUpdatePosted";
}
