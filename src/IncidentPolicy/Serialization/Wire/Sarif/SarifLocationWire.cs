namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>Where a result is.</summary>
internal sealed record SarifLocationWire(SarifPhysicalLocationWire PhysicalLocation);
