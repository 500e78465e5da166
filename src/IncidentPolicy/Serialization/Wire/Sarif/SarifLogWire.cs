using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>A SARIF 2.1.0 log (docs/documents.md, "SARIF"): the schema, the version and one run.</summary>
internal sealed record SarifLogWire(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRunWire> Runs);
