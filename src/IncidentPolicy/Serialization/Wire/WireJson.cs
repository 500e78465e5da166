using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// Writes a wire type as JSON text: the same bytes for the same value on every machine. LF line ends and
/// 2-space indentation, and only the escaping JSON requires (<c>"</c>, <c>\</c>, control characters), so a
/// title such as <c>Order error rate &gt; 5%</c> stays readable.
/// </summary>
internal static class WireJson
{
    private static readonly JsonSerializerOptions IndentedOptions = CreateOptions(indented: true);
    private static readonly JsonSerializerOptions CompactOptions = CreateOptions(indented: false);

    /// <summary>Writes one document; the text has no final line end.</summary>
    public static string Write<T>(T value, bool indented)
    {
        var options = indented ? IndentedOptions : CompactOptions;
        var text = JsonSerializer.Serialize(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
#if NET9_0_OR_GREATER
        return text;
#else
        // Before .NET 9 the serializer indents with Environment.NewLine. Strings never hold a raw line end
        // (they are escaped), so every CR LF here is the serializer's own.
        return text.Replace("\r\n", "\n", StringComparison.Ordinal);
#endif
    }

    /// <summary>The options every document is written with, on <see cref="WireJsonContext"/>'s metadata.</summary>
    public static JsonSerializerOptions CreateOptions(bool indented) => new(WireJsonContext.Default.Options)
    {
        WriteIndented = indented,

        // The output is a JSON document, not text embedded in HTML: relaxed escaping is safe here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
#endif
    };
}
