using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// A whole policy on the wire (docs/wire-format.md): <c>"extends": "none"</c> (nothing is inherited, so the
/// document reads back as the same policy by every road), levels by name in the policy's order, the triage
/// matrix, the recipients' channels, the business calendar and the rule severity settings. <c>allRules</c> is
/// left out when the policy has no such setting, <c>documents</c>, <c>communications</c>, <c>checklist</c> and <c>advisor</c> when their settings are the defaults. The same keys, each optional, make a partial override.
/// </summary>
internal sealed record PolicyDocumentWire(
    string Extends,
    IReadOnlyDictionary<string, SeverityLevelWire> Severities,
    ClassificationWire Classification,
    IReadOnlyDictionary<string, string> Recipients,
    BusinessCalendarWire BusinessCalendar,
    IReadOnlyDictionary<string, RuleSeverityWire> Rules,
    IReadOnlyDictionary<string, RuleSeverityWire> Categories,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RuleSeverityWire? AllRules,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DocumentsWire? Documents = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CommunicationsWire? Communications = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChecklistPolicyWire? Checklist = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AdvisorPolicyWire? Advisor = null);
