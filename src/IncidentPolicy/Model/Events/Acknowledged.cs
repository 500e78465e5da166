using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>A responder acknowledged the incident: the response (IRP2001).</summary>
/// <param name="At">When it happened.</param>
/// <param name="By">Who acknowledged it.</param>
public sealed record Acknowledged(Instant At, string? By = null) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "acknowledged";
}
