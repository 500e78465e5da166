using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A reassessment's impact on the wire: only the answers and descriptions it changes; the others are left out.</summary>
internal sealed record ImpactUpdateWire(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UsersAffected,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scope,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? SecurityBreach,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? DataCorruption,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CustomerDescription);
