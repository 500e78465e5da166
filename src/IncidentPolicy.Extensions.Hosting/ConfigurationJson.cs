using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace IncidentPolicy.Extensions.Hosting;

/// <summary>
/// A configuration section as the JSON policy document it stands for, so that configuration and JSON
/// files are read by one reader with the same paths and messages. Children keyed 0, 1, 2, ... are an
/// array; an empty value is <c>null</c> (how configuration writes "no escalation"); every other value is a string.
/// </summary>
internal static class ConfigurationJson
{
    public static JsonElement ToJson(IConfigurationSection section)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, section);
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, IConfigurationSection section)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            if (string.IsNullOrEmpty(section.Value))
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(section.Value);
            }

            return;
        }

        var indexes = children.Select(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1).ToList();
        if (indexes.Order().SequenceEqual(Enumerable.Range(0, children.Count)))
        {
            writer.WriteStartArray();
            foreach (var child in children.OrderBy(c => int.Parse(c.Key, CultureInfo.InvariantCulture)))
            {
                Write(writer, child);
            }

            writer.WriteEndArray();
            return;
        }

        writer.WriteStartObject();
        foreach (var child in children)
        {
            writer.WritePropertyName(child.Key);
            Write(writer, child);
        }

        writer.WriteEndObject();
    }
}
