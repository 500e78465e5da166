using System.Text.Json.Serialization;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An <c>acknowledged</c> event: who, only when known.</summary>
internal sealed record AcknowledgedWire(
    Instant At,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? By) : IncidentEventWire;
