namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>Where in the file: 1-based line and column.</summary>
internal sealed record SarifRegionWire(int StartLine, int StartColumn);
