using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace IncidentPolicy.Tests.Serialization.SchemaExport;

/// <summary>What the export adds to one property's schema: a description, and constraints the wire type's C# type cannot say.</summary>
/// <param name="Description">The property's description; <see langword="null"/> for none.</param>
/// <param name="Constrain">Edits (or replaces) the exported schema; <see langword="null"/> for none.</param>
internal sealed record WireSchemaAnnotation(string? Description, Func<JsonObject, JsonObject>? Constrain = null)
{
    /// <summary>Text that is not empty or blank.</summary>
    public static JsonObject NonBlank(JsonObject schema) => With(schema, "pattern", "\\S");

    /// <summary>One of <paramref name="names"/>.</summary>
    public static Func<JsonObject, JsonObject> OneOf(IEnumerable<string> names) =>
        schema => With(schema, "enum", new JsonArray([.. names.Select(n => (JsonNode)n)]));

    /// <summary>Applies <paramref name="constrain"/> to the schema of an array's items.</summary>
    public static Func<JsonObject, JsonObject> Items(Func<JsonObject, JsonObject> constrain) =>
        schema => With(schema, "items", constrain(Detach(schema, "items")));

    /// <summary>Applies <paramref name="constrain"/> to the schema of a map's values.</summary>
    public static Func<JsonObject, JsonObject> Values(Func<JsonObject, JsonObject> constrain) =>
        schema => With(schema, "additionalProperties", constrain(Detach(schema, "additionalProperties")));

    /// <summary>Adds <paramref name="keyword"/> with <paramref name="value"/>.</summary>
    public static Func<JsonObject, JsonObject> Keyword(string keyword, JsonNode value) => schema => With(schema, keyword, value.DeepClone());

    /// <summary>Applies each of <paramref name="constraints"/> in order.</summary>
    public static Func<JsonObject, JsonObject> All(params Func<JsonObject, JsonObject>[] constraints) =>
        schema => constraints.Aggregate(schema, (s, c) => c(s));

    private static JsonObject With(JsonObject schema, string keyword, JsonNode? value)
    {
        schema[keyword] = value;
        return schema;
    }

    private static JsonObject Detach(JsonObject schema, string keyword)
    {
        var inner = (JsonObject)schema[keyword]!;
        schema.Remove(keyword);
        return inner;
    }
}
