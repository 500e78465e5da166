using System.Text.Json.Serialization;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>channelOpened</c> event: the channel only when known.</summary>
internal sealed record ChannelOpenedWire(
    Instant At,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Channel) : IncidentEventWire;
