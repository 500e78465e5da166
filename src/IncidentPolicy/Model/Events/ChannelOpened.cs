using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>The incident channel or bridge exists.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Channel">The channel or bridge opened, e.g. <c>#incident-2024-03-15-payments-down</c>, when given.</param>
public sealed record ChannelOpened(Instant At, string? Channel = null) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "channelOpened";
}
