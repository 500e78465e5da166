using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Turns input text into a <see cref="JsonDocument"/>, or into one problem at <c>$</c> that says where
/// the text stops being JSON (line and position, 1-based) and why.
/// </summary>
internal static class JsonInput
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static JsonDocument? Parse(string json, string expected, JsonValueReader values)
    {
        if (IsBlank(json.AsSpan()))
        {
            values.Add(JsonPath.Root, $"expected {expected}, found no JSON: the input is empty");
            return null;
        }

        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            values.Add(JsonPath.Root, Malformed(e));
            return null;
        }
    }

    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8Json, string expected, JsonValueReader values)
    {
        if (utf8Json.Span.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (IsBlank(utf8Json.Span))
        {
            values.Add(JsonPath.Root, $"expected {expected}, found no JSON: the input is empty");
            return null;
        }

        // The JSON reader checks UTF-8 only when a string is read; check it here so that a bad byte is
        // reported with its place like any other malformed input.
        if (!Utf8.IsValid(utf8Json.Span))
        {
            var (line, position) = FirstInvalidUtf8(utf8Json.Span);
            values.Add(JsonPath.Root, $"malformed input at line {line}, position {position}: expected UTF-8 text, found a byte sequence that is not UTF-8");
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8Json);
        }
        catch (JsonException e)
        {
            values.Add(JsonPath.Root, Malformed(e));
            return null;
        }
    }

    /// <summary>Reads the rest of <paramref name="stream"/> without closing it.</summary>
    public static ReadOnlyMemory<byte> ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads the rest of <paramref name="stream"/> without closing it.</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static string Malformed(JsonException e)
    {
        // The reader's message ends with its own 0-based " LineNumber: 2 | BytePositionInLine: 7.", which
        // is replaced by the 1-based place in front.
        var reason = e.Message;
        var place = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (place >= 0)
        {
            reason = reason[..place];
        }

        var line = ((e.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
        var position = ((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
        return $"malformed JSON at line {line}, position {position}: {reason.Trim()}";
    }

    private static (string Line, string Position) FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        int line = 1, position = 1;
        while (!utf8.IsEmpty && Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) == OperationStatus.Done)
        {
            (line, position) = rune.Value == '\n' ? (line + 1, 1) : (line, position + consumed);
            utf8 = utf8[consumed..];
        }

        return (line.ToString(CultureInfo.InvariantCulture), position.ToString(CultureInfo.InvariantCulture));
    }

    private static bool IsBlank(ReadOnlySpan<char> text) => text.Trim(" \t\r\n").IsEmpty;

    private static bool IsBlank(ReadOnlySpan<byte> utf8) => utf8.Trim(" \t\r\n"u8).IsEmpty;
}
