using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A row of the advisor's mitigations table in a policy; <c>offeredWith</c> is left out when empty.</summary>
internal sealed record AdvisorMitigationPolicyWire(
    string Key,
    string Title,
    string WhenToUse,
    string How,
    string Risk,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? OfferedWith);
