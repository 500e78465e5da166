using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using IncidentPolicy.Serialization.Wire;
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
        [typeof(PolicyDurationWire)] = ("durationOrBusinessDays", () => new JsonObject
        {
            ["description"] = "A fixed duration, or business days: {\"businessDays\": n} is the end of working hours of the n-th business day after the day the clock starts; nextBusinessDay is {\"businessDays\": 1}.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["$ref"] = "#/$defs/duration" },
                new JsonObject { ["const"] = PolicyDurationWire.NextBusinessDay },
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["businessDays"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 } },
                    ["required"] = new JsonArray("businessDays"),
                    ["additionalProperties"] = false,
                }),
        }),
        [typeof(CadenceWire)] = ("updateCadence", () => new JsonObject
        {
            ["description"] = "One cadence, or phases by the incident's age: every phase but the last lasts for a fixed duration; the last has no for.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["$ref"] = "#/$defs/durationOrBusinessDays" },
                new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["every"] = new JsonObject { ["$ref"] = "#/$defs/durationOrBusinessDays" },
                            ["for"] = new JsonObject { ["$ref"] = "#/$defs/duration" },
                        },
                        ["required"] = new JsonArray("every"),
                        ["additionalProperties"] = false,
                    },
                }),
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
