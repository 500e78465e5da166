using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace IncidentPolicy.Serialization;

/// <summary>
/// How the wire format is written: the same bytes for the same value on every machine. LF line ends
/// and 2-space indentation, instants as NodaTime's ISO-8601 pattern (UTC, no fraction when it is zero),
/// and only the escaping JSON requires (<c>"</c>, <c>\</c>, control characters), so a title such as
/// <c>Order error rate &gt; 5%</c> stays readable.
/// </summary>
internal static class JsonOutput
{
    /// <summary>Writes one JSON document and returns it as text.</summary>
    public static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
        {
            write(writer);
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
#if NET9_0_OR_GREATER
        return text;
#else
        // Before .NET 9 the writer indents with Environment.NewLine. Strings never hold a raw line end
        // (the writer escapes it), so every CR LF here is the writer's own.
        return text.Replace("\r\n", "\n", StringComparison.Ordinal);
#endif
    }

    public static void WriteInstant(this Utf8JsonWriter writer, string name, Instant value)
    {
        writer.WritePropertyName(name);
        InstantJson.Write(writer, value);
    }

    public static void WriteInstant(this Utf8JsonWriter writer, string name, Instant? value)
    {
        if (value is { } instant)
        {
            writer.WriteInstant(name, instant);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes <paramref name="value"/>, or nothing at all when it is <see langword="null"/>.</summary>
    public static void WriteOptionalString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,

        // The output is a JSON document, not text embedded in HTML: relaxed escaping is safe here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
#endif
    };
}
