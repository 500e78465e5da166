using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>The responders saw a signal while investigating.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Signal">What was seen.</param>
/// <param name="Detail">More about it, in the responders' words, when given.</param>
public sealed record Observation(Instant At, ObservedSignal Signal, string? Detail = null) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "observation";
}
