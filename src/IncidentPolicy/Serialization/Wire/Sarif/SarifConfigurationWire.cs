namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>A rule's default configuration: its level (<c>error</c>, <c>warning</c>, <c>note</c>, <c>none</c>).</summary>
internal sealed record SarifConfigurationWire(string Level);
