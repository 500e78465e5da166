using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>The incident was declared resolved. Afterwards only <see cref="ReviewCompleted"/> has an effect.</summary>
/// <param name="At">When it happened.</param>
public sealed record Resolved(Instant At) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "resolved";
}
