using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An impact assessment on the wire: all four answers, enum values by their wire names; the descriptions only when known.</summary>
internal sealed record ImpactWire(
    string UsersAffected,
    string Scope,
    bool SecurityBreach,
    bool DataCorruption,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CustomerDescription);
