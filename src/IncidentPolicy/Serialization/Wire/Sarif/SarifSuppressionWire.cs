namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>A suppression of a result: <c>inSource</c>, by a comment of the document.</summary>
internal sealed record SarifSuppressionWire(string Kind);
