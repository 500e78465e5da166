using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>The review layout on the wire (<c>documents.review</c>): the required sections and the names the blame check ignores.</summary>
internal sealed record ReviewLayoutWire(
    IReadOnlyList<string> Sections,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? IgnoreNames);
