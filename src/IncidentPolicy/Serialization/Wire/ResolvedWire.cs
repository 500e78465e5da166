using System.Text.Json.Serialization;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>resolved</c> event: the root cause, the resolution and the customer impact, each only when known.</summary>
internal sealed record ResolvedWire(
    Instant At,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RootCause,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Resolution,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CustomerImpact) : IncidentEventWire;
