namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>A rule's property bag: its category.</summary>
internal sealed record SarifRulePropertiesWire(string Category);
