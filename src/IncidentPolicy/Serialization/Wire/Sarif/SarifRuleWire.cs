namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>A rule (SARIF <c>reportingDescriptor</c>): ID, name, descriptions, help link and default level.</summary>
internal sealed record SarifRuleWire(
    string Id,
    string Name,
    SarifMessageWire ShortDescription,
    SarifMessageWire FullDescription,
    string HelpUri,
    SarifConfigurationWire DefaultConfiguration,
    SarifRulePropertiesWire Properties);
