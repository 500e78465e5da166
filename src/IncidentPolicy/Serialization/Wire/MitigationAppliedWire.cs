using System.Text.Json.Serialization;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>mitigationApplied</c> event: the action, only when known.</summary>
internal sealed record MitigationAppliedWire(
    Instant At,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Action) : IncidentEventWire;
