namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>A SARIF message (plain text).</summary>
internal sealed record SarifMessageWire(string Text);
