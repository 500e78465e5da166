using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A policy's checklist settings on the wire (<c>checklist</c>); each key is left out when it holds the default.</summary>
internal sealed record ChecklistPolicyWire(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PolicyDurationWire? TriageWithin,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? RequiresChannel)
{
    public static ChecklistPolicyWire? From(Checklist.ChecklistSettings settings) =>
        settings == Checklist.ChecklistSettings.Default
            ? null
            : new ChecklistPolicyWire(
                settings.TriageWithin == Checklist.ChecklistSettings.Default.TriageWithin ? null : PolicyDurationWire.From(settings.TriageWithin),
                settings.RequiresChannel is { } levels ? [.. levels] : null);
}
