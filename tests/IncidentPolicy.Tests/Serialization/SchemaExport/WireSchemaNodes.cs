using System.Linq;
using System.Text.Json.Nodes;

namespace IncidentPolicy.Tests.Serialization.SchemaExport;

/// <summary>Small edits of exported schema nodes.</summary>
internal static class WireSchemaNodes
{
    /// <summary>A schema that also accepts <c>null</c>: <c>null</c> added to its <c>type</c> and <c>enum</c>, or an <c>anyOf</c> around it.</summary>
    public static JsonObject OrNull(JsonObject schema)
    {
        if (schema["type"] is JsonNode type && !schema.ContainsKey("$ref") && !schema.ContainsKey("const"))
        {
            var types = type is JsonArray array ? array.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!types.Contains("null"))
            {
                schema["type"] = new JsonArray([.. types.Append("null").Select(t => (JsonNode)t)]);
            }

            if (schema["enum"] is JsonArray values && !values.Any(v => v is null))
            {
                values.Add(null);
            }

            return schema;
        }

        var description = schema["description"];
        schema.Remove("description");
        var wrapped = new JsonObject();
        if (description is not null)
        {
            wrapped["description"] = description;
        }

        wrapped["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" });
        return wrapped;
    }

    /// <summary>A schema that does not accept <c>null</c>: the reverse of <see cref="OrNull"/>.</summary>
    public static JsonObject WithoutNull(JsonObject schema)
    {
        if (schema["anyOf"] is JsonArray { Count: 2 } anyOf && anyOf[1] is JsonObject { Count: 1 } second && second["type"]?.GetValue<string>() == "null")
        {
            var inner = (JsonObject)anyOf[0]!;
            anyOf.RemoveAt(0);
            if (schema["description"] is { } description)
            {
                schema.Remove("description");
                SetFirst(inner, "description", description);
            }

            return inner;
        }

        if (schema["type"] is JsonArray types)
        {
            var rest = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
            schema["type"] = rest.Count == 1 ? rest[0] : new JsonArray([.. rest.Select(t => (JsonNode)t)]);
        }

        if (schema["enum"] is JsonArray values)
        {
            for (var i = values.Count - 1; i >= 0; i--)
            {
                if (values[i] is null)
                {
                    values.RemoveAt(i);
                }
            }
        }

        return schema;
    }

    /// <summary>Puts <paramref name="name"/> first among the keywords of <paramref name="schema"/>, replacing any value it had.</summary>
    public static void SetFirst(JsonObject schema, string name, JsonNode? value)
    {
        schema.Remove(name);
        schema.Insert(0, name, value);
    }

    /// <summary>Sets <paramref name="name"/> right after <paramref name="after"/> (or last when it is absent), replacing any value it had.</summary>
    public static void SetAfter(JsonObject schema, string after, string name, JsonNode? value)
    {
        schema.Remove(name);
        var index = schema.IndexOf(after);
        if (index < 0)
        {
            schema[name] = value;
        }
        else
        {
            schema.Insert(index + 1, name, value);
        }
    }
}
