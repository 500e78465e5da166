using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A row of the advisor's hypotheses table in a policy; <c>reminder</c> is left out when there is none.</summary>
internal sealed record AdvisorHypothesisPolicyWire(
    string Key,
    string Title,
    IReadOnlyList<string> Signals,
    string HowToTest,
    IReadOnlyList<string> Mitigations,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reminder);
