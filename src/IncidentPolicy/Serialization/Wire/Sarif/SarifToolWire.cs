namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>The tool of a run.</summary>
internal sealed record SarifToolWire(SarifDriverWire Driver);
