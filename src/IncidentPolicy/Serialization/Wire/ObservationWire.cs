using System.Text.Json.Serialization;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An <c>observation</c> event: the signal by its wire name, the detail only when known.</summary>
internal sealed record ObservationWire(
    Instant At,
    string Signal,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail) : IncidentEventWire;
