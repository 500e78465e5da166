using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using IncidentPolicy.Advice;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// A policy's advisor tables on the wire (<c>advisor</c>): each table that differs from the default is written
/// whole under its <c>...Replace</c> key, so the document reads back as the same tables; a table that holds the
/// default is left out, and the section is left out when all three do.
/// </summary>
internal sealed record AdvisorPolicyWire(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AdvisorStepPolicyWire>? StepsReplace,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AdvisorHypothesisPolicyWire>? HypothesesReplace,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AdvisorMitigationPolicyWire>? MitigationsReplace)
{
    public static AdvisorPolicyWire? From(AdvisorTables tables)
    {
        if (tables == AdvisorTables.Default)
        {
            return null;
        }

        var defaults = AdvisorTables.Default;
        return new AdvisorPolicyWire(
            tables.Steps.SequenceEqual(defaults.Steps) ? null : [.. tables.Steps.Select(s => new AdvisorStepPolicyWire(s.Key, s.Title, [.. s.LookFor]))],
            tables.Hypotheses.SequenceEqual(defaults.Hypotheses)
                ? null
                : [.. tables.Hypotheses.Select(h => new AdvisorHypothesisPolicyWire(h.Key, h.Title, [.. h.Signals], h.HowToTest, [.. h.Mitigations], h.Reminder))],
            tables.Mitigations.SequenceEqual(defaults.Mitigations)
                ? null
                : [.. tables.Mitigations.Select(m => new AdvisorMitigationPolicyWire(m.Key, m.Title, m.WhenToUse, m.How, m.Risk, m.OfferedWith.IsEmpty ? null : [.. m.OfferedWith]))]);
    }
}
