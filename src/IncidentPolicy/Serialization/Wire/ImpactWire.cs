namespace IncidentPolicy.Serialization.Wire;

/// <summary>An impact assessment on the wire: all four answers, enum values by their wire names.</summary>
internal sealed record ImpactWire(string UsersAffected, string Scope, bool SecurityBreach, bool DataCorruption);
