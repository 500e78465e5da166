using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>A finding: its rule, level, message, place, and (when a comment of the document suppresses it) its suppression.</summary>
internal sealed record SarifResultWire(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifMessageWire Message,
    IReadOnlyList<SarifLocationWire> Locations,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SarifSuppressionWire>? Suppressions);
