using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using NodaTime;

namespace IncidentPolicy.Tests.Serialization.SchemaExport;

/// <summary>
/// What the exporter cannot say about the NodaTime values of the wire types (it sees only their converters):
/// each is a definition in <c>$defs</c>, referred to where the type is used.
/// </summary>
internal static class WireSchemaFormats
{
    private static readonly Dictionary<Type, (string Name, Func<JsonObject> Schema)> Definitions = new()
    {
        [typeof(Instant)] = ("instant", () => new JsonObject
        {
            ["description"] = "An instant in ISO-8601, UTC, such as 2024-03-15T14:00:00Z; a fraction of a second only when there is one.",
            ["type"] = "string",
            ["format"] = "date-time",
            ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$",
        }),
        [typeof(Duration)] = ("duration", () => new JsonObject
        {
            ["description"] = "An ISO-8601 duration without months or years (a day is 24 hours): PT15M, PT4H, P7D.",
            ["type"] = "string",
            ["pattern"] = "^-?P(?!$)(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$",
        }),
        [typeof(LocalTime)] = ("localTime", () => new JsonObject
        {
            ["description"] = "A time of day, HH:mm, with :ss when the seconds are not zero.",
            ["type"] = "string",
            ["pattern"] = "^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$",
        }),
        [typeof(LocalDate)] = ("date", () => new JsonObject
        {
            ["description"] = "A date in ISO-8601, such as 2024-12-25.",
            ["type"] = "string",
            ["format"] = "date",
        }),
    };

    /// <summary>
    /// The reference to the definition of <paramref name="type"/> (or of the type it makes nullable, then
    /// also allowing <c>null</c>), recording the definition in <paramref name="used"/>; <see langword="null"/>
    /// for a type that is not a NodaTime value of the wire.
    /// </summary>
    public static JsonObject? Reference(Type type, IDictionary<string, JsonObject> used)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (!Definitions.TryGetValue(underlying ?? type, out var definition))
        {
            return null;
        }

        if (!used.ContainsKey(definition.Name))
        {
            used[definition.Name] = definition.Schema();
        }

        var reference = new JsonObject { ["$ref"] = $"#/$defs/{definition.Name}" };
        return underlying is null ? reference : WireSchemaNodes.OrNull(reference);
    }
}
