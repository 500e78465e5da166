namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>A file and a region of it.</summary>
internal sealed record SarifPhysicalLocationWire(SarifArtifactLocationWire ArtifactLocation, SarifRegionWire Region);
