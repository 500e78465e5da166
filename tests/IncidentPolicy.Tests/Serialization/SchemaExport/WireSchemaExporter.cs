using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IncidentPolicy.Serialization.Wire;

namespace IncidentPolicy.Tests.Serialization.SchemaExport;

/// <summary>
/// Exports a file of schemas/ from the wire types with <see cref="JsonSchemaExporter"/>, then adds what the
/// exporter cannot say: NodaTime values as <c>$defs</c> (<see cref="WireSchemaFormats"/>), descriptions,
/// enum values and patterns (<see cref="WireSchemaAnnotations"/>), the <c>const</c> of each action's kind,
/// and the required keys, <c>null</c> and extra keys the document's <see cref="WireSchemaForm"/> allows.
/// </summary>
internal static class WireSchemaExporter
{
    private static readonly JsonSerializerOptions TextOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema file's text, with a final line end.</summary>
    public static string Export(WireSchemaDocument document)
    {
        var definitions = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var serializerOptions = new JsonSerializerOptions(WireJsonContext.Default.Options) { RespectNullableAnnotations = true };
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(document, context, node, definitions),
        };

        var root = (JsonObject)serializerOptions.GetJsonSchemaAsNode(document.Root, exporterOptions);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = document.Title,
            ["description"] = document.Description,
        };
        foreach (var (keyword, value) in root.ToList())
        {
            root.Remove(keyword);
            schema[keyword] = value;
        }

        schema["$defs"] = new JsonObject([.. definitions.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value))]);
        return schema.ToJsonString(TextOptions) + "\n";
    }

    private static JsonNode Transform(WireSchemaDocument document, JsonSchemaExporterContext context, JsonNode node, IDictionary<string, JsonObject> definitions)
    {
        var type = context.TypeInfo.Type;

        // Any JSON (a JsonElement, such as a path or an inline document) is exported as true: its property's annotation says what it may be.
        if (type == typeof(JsonElement) && context.PropertyInfo is not null && node is JsonValue)
        {
            node = new JsonObject();
        }

        if ((WireSchemaFormats.Reference(type, definitions) ?? node as JsonObject) is not { } schema)
        {
            return node;
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema["properties"] is JsonObject properties)
        {
            Constrain(document, type, schema, properties);
        }

        // The exporter leaves out the items of an array of values it sees only through a converter.
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable && !schema.ContainsKey("items")
            && WireSchemaFormats.Reference(context.TypeInfo.ElementType!, definitions) is { } items)
        {
            schema["items"] = items;
        }

        if (context.PropertyInfo is not { } property)
        {
            WireSchemaAnnotations.DescribeType(type, schema);
            return schema;
        }

        // A key left out when null is never null where it is written.
        if (LeftOutWhenNull(property.DeclaringType).Contains(property.Name))
        {
            schema = WireSchemaNodes.WithoutNull(schema);
        }

        schema = WireSchemaAnnotations.Annotate(property.DeclaringType, property.Name, schema);
        if (document.Form == WireSchemaForm.ReadStrictly && !RequiredKeys(document, property.DeclaringType).Contains(property.Name))
        {
            schema = WireSchemaNodes.OrNull(schema);
        }

        WireSchemaAnnotations.DescribeType(type, schema);
        return schema;
    }

    private static void Constrain(WireSchemaDocument document, Type type, JsonObject schema, JsonObject properties)
    {
        // An action's kind is an ordinary property holding its subtype's KindName.
        if (type.GetField("KindName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is string kind)
        {
            var kindSchema = (JsonObject)properties["kind"]!;
            kindSchema.Remove("type");
            kindSchema["const"] = kind;
        }

        IReadOnlyList<string> required = document.Form == WireSchemaForm.Written ? AlwaysWritten(type, properties) : RequiredKeys(document, type);
        schema.Remove("required");
        if (required.Count > 0)
        {
            WireSchemaNodes.SetAfter(schema, "properties", "required", new JsonArray([.. required.Select(k => (JsonNode)k)]));
        }

        if (document.Form == WireSchemaForm.ReadStrictly && typeof(IncidentEventWire).IsAssignableFrom(type))
        {
            AddTextEveryEventMayCarry(properties);
        }

        if (document.Form is WireSchemaForm.PolicyOverride or WireSchemaForm.ReadStrictly)
        {
            WireSchemaNodes.SetAfter(schema, required.Count > 0 ? "required" : "properties", "additionalProperties", false);
        }
    }

    /// <summary>Every event may say who and carry a note (kept in the document only): the reader accepts both on every type.</summary>
    private static void AddTextEveryEventMayCarry(JsonObject properties)
    {
        if (!properties.ContainsKey("by"))
        {
            properties["by"] = OptionalText("Who did it; kept in the document only.");
        }

        if (!properties.ContainsKey("note"))
        {
            properties["note"] = OptionalText("A note of your own; kept in the document only.");
        }
    }

    private static JsonObject OptionalText(string description) =>
        new() { ["description"] = description, ["type"] = new JsonArray("string", "null") };

    private static string[] RequiredKeys(WireSchemaDocument document, Type type) =>
        document.Required is { } table && table.TryGetValue(type, out var keys) ? keys : [];

    /// <summary>The keys the serializer writes for every value of a type: all but those it leaves out when <c>null</c>.</summary>
    private static List<string> AlwaysWritten(Type type, JsonObject properties) =>
        [.. properties.Select(p => p.Key).Where(key => !LeftOutWhenNull(type).Contains(key))];

    private static HashSet<string> LeftOutWhenNull(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.WhenWritingNull })
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToHashSet(StringComparer.Ordinal);
}
