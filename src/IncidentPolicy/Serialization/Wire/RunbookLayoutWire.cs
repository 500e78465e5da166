using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>The runbook layout on the wire (<c>documents.runbook</c>).</summary>
internal sealed record RunbookLayoutWire(
    IReadOnlyList<string> Sections,
    string StepsSection,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Paths);
