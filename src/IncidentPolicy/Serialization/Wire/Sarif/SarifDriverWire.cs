using System.Collections.Generic;

namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>The tool's driver: its name, version, documentation and every rule it can report.</summary>
internal sealed record SarifDriverWire(string Name, string Version, string InformationUri, IReadOnlyList<SarifRuleWire> Rules);
