using System.Collections.Generic;

namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>One run of the linter: the tool with its rules, the base of the relative URIs, and the results.</summary>
internal sealed record SarifRunWire(
    SarifToolWire Tool,
    IReadOnlyDictionary<string, SarifBaseUriWire> OriginalUriBaseIds,
    IReadOnlyList<SarifResultWire> Results,
    string ColumnKind);
