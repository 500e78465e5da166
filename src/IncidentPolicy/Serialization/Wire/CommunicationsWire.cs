using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A policy's communication settings on the wire; each key is left out when it holds the default.</summary>
internal sealed record CommunicationsWire(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ServiceName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CustomerTimeZone,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Templates)
{
    public static CommunicationsWire? From(Policy.CommunicationSettings settings) =>
        settings == Policy.CommunicationSettings.Default
            ? null
            : new CommunicationsWire(
                settings.ServiceName,
                settings.CustomerTimeZone?.Id,
                settings.Templates.IsEmpty ? null : new Dictionary<string, string>(
                    System.Linq.Enumerable.Select(settings.Templates, t => KeyValuePair.Create(WireNames.MessageKind.Name(t.Key), t.Value)),
                    System.StringComparer.Ordinal));
}
