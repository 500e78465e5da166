using System;
using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace IncidentPolicy.Orleans;

/// <summary>
/// Puts an event sent to a grain into the record as its last event, as text, so that the library's reader reads
/// (and locates every problem of) the event exactly as it reads a record's events.
/// </summary>
internal static class EventDocument
{
    private const string Events = "events";
    private const string At = "at";

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// The record with the event appended, or a problem when the event is not JSON (or, to be stamped, not an
    /// object). <paramref name="index"/> is the event's index in the record's events.
    /// </summary>
    public static string? Append(string recordJson, string eventJson, string? stampAt, out int index, out RecordingProblem? problem)
    {
        index = -1;
        problem = null;
        JsonDocument eventDocument;
        try
        {
            eventDocument = JsonDocument.Parse(eventJson, Lenient);
        }
        catch (JsonException e)
        {
            problem = new RecordingProblem("$", string.Create(CultureInfo.InvariantCulture,
                $"expected a JSON object, got malformed JSON at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}"));
            return null;
        }

        using (eventDocument)
        using (var record = JsonDocument.Parse(recordJson))
        {
            if (stampAt is not null && eventDocument.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = new RecordingProblem("$", $"expected a JSON object, got {Kind(eventDocument.RootElement.ValueKind)}");
                return null;
            }

            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                var appended = false;
                foreach (var property in record.RootElement.EnumerateObject())
                {
                    if (property.NameEquals(Events) && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        writer.WritePropertyName(Events);
                        writer.WriteStartArray();
                        foreach (var existing in property.Value.EnumerateArray())
                        {
                            existing.WriteTo(writer);
                        }

                        index = property.Value.GetArrayLength();
                        WriteEvent(writer, eventJson, eventDocument.RootElement, stampAt);
                        writer.WriteEndArray();
                        appended = true;
                    }
                    else
                    {
                        property.WriteTo(writer);
                    }
                }

                if (!appended)
                {
                    writer.WritePropertyName(Events);
                    writer.WriteStartArray();
                    index = 0;
                    WriteEvent(writer, eventJson, eventDocument.RootElement, stampAt);
                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }

    /// <summary>A problem of the combined record, located within the event when it is the event's.</summary>
    public static RecordingProblem Relocate(string path, string message, int index)
    {
        var prefix = $"$.{Events}[{index.ToString(CultureInfo.InvariantCulture)}]";
        return path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] is '.' or '[')
            ? new RecordingProblem("$" + path[prefix.Length..], message)
            : new RecordingProblem(path, message);
    }

    private static void WriteEvent(Utf8JsonWriter writer, string eventJson, JsonElement element, string? stampAt)
    {
        if (stampAt is null)
        {
            // The text as sent (comments, duplicate keys and all): the library's reader judges it.
            writer.WriteRawValue(eventJson, skipInputValidation: true);
            return;
        }

        writer.WriteStartObject();
        var properties = element.EnumerateObject().ToList();
        var wroteAt = false;
        foreach (var property in properties)
        {
            if (property.NameEquals(At))
            {
                if (!wroteAt)
                {
                    writer.WriteString(At, stampAt); // replaces the sender's instant, in its place
                    wroteAt = true;
                }

                continue;
            }

            property.WriteTo(writer);
        }

        if (!wroteAt)
        {
            writer.WriteString(At, stampAt);
        }

        writer.WriteEndObject();
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a value",
    };
}
