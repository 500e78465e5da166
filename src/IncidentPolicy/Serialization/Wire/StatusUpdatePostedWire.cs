using System.Text.Json.Serialization;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>statusUpdatePosted</c> event: the audience only when it is not the default (<c>internal</c>), the message only when known.</summary>
internal sealed record StatusUpdatePostedWire(
    Instant At,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Audience,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message) : IncidentEventWire;
