using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Turns input text into a <see cref="JsonDocument"/> in the one dialect every document is read in
/// (docs/json-dialect.md: comments and trailing commas allowed), or into one problem at <c>$</c> that says
/// where the text stops being JSON (line and position, 1-based, from the reader's own numbers) and what is there.
/// </summary>
internal static class JsonInput
{
    /// <summary>The dialect: comments and trailing commas are accepted, as in appsettings.json.</summary>
    public static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static JsonDocument? Parse(string json, string expected, JsonValueReader values, JsonLimits limits)
    {
        // A character is at least one byte of UTF-8: a string longer than the limit is over it without being encoded.
        if (json.Length > limits.MaxDocumentBytes)
        {
            values.Add(ProblemLocation.Root, limits.TooLarge(JsonLimits.Bytes(Encoding.UTF8.GetByteCount(json))));
            return null;
        }

        return Parse(Encoding.UTF8.GetBytes(json), expected, values, limits);
    }

    /// <summary>Parses <paramref name="utf8Json"/>, or adds the problem that stops it (over a limit, empty, not UTF-8, not JSON) and returns <see langword="null"/>.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="expected">What the document should be, for the message about an empty one.</param>
    /// <param name="values">Where the problem goes.</param>
    /// <param name="limits">The size and nesting limits.</param>
    /// <param name="more">Whether the source holds more than <paramref name="utf8Json"/> (a stream read no further than the limit).</param>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8Json, string expected, JsonValueReader values, JsonLimits limits, bool more = false)
    {
        if (more || utf8Json.Length > limits.MaxDocumentBytes)
        {
            values.Add(ProblemLocation.Root, limits.TooLarge(more ? $"more than {JsonLimits.Bytes(limits.MaxDocumentBytes)}" : JsonLimits.Bytes(utf8Json.Length)));
            return null;
        }

        if (utf8Json.Span.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (IsBlank(utf8Json.Span))
        {
            values.Add(ProblemLocation.Root, ProblemMessages.Expected(expected, "no JSON: the input is empty"));
            return null;
        }

        // The JSON reader checks UTF-8 only when a string is read; check it here so that a bad byte is
        // reported with its place like any other malformed input.
        if (!Utf8.IsValid(utf8Json.Span))
        {
            var (line, position) = FirstInvalidUtf8(utf8Json.Span);
            values.Add(ProblemLocation.Root, ProblemMessages.Malformed("input", line, position, ProblemMessages.Expected("UTF-8 text", "a byte sequence that is not UTF-8")));
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8Json, Options with { MaxDepth = limits.MaxDepth });
        }
        catch (JsonException e)
        {
            values.Add(ProblemLocation.Root, TooDeep(utf8Json.Span, limits) ?? Malformed(e, utf8Json.Span));
            return null;
        }
    }

    /// <summary>Reads the rest of <paramref name="stream"/> without closing it, but no more than one byte over <paramref name="maxBytes"/>.</summary>
    /// <returns>The bytes read, and whether the stream held more than <paramref name="maxBytes"/>.</returns>
    public static (ReadOnlyMemory<byte> Bytes, bool More) ReadAll(Stream stream, long maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return (ReadOnlyMemory<byte>.Empty, true);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (ReadOnlyMemory<byte>.Empty, true);
            }
        }

        return (buffer.ToArray(), false);
    }

    /// <summary>Reads the rest of <paramref name="stream"/> without closing it, but no more than one byte over <paramref name="maxBytes"/>.</summary>
    /// <returns>The bytes read, and whether the stream held more than <paramref name="maxBytes"/>.</returns>
    public static async Task<(ReadOnlyMemory<byte> Bytes, bool More)> ReadAllAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return (ReadOnlyMemory<byte>.Empty, true);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (ReadOnlyMemory<byte>.Empty, true);
            }
        }

        return (buffer.ToArray(), false);
    }

    /// <summary>
    /// Whether the parser stopped because the nesting went past the limit: the document is read again, token by
    /// token (no recursion), up to the first syntax error or the first object or array one level too deep.
    /// </summary>
    private static string? TooDeep(ReadOnlySpan<byte> utf8, JsonLimits limits)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = limits.MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= limits.MaxDepth)
                {
                    var (line, position) = LineAndPosition(utf8, reader.TokenStartIndex);
                    return limits.TooDeep(line, position);
                }
            }
        }
        catch (JsonException)
        {
            // A syntax error comes first: that is what the parser reported.
        }

        return null;
    }

    private static (long Line, long Position) LineAndPosition(ReadOnlySpan<byte> utf8, long index)
    {
        var before = utf8[..(int)index];
        var lastLineEnd = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, index - lastLineEnd);
    }

    /// <summary>The place the reader stopped (its 0-based line and byte in line) and what is written there.</summary>
    private static string Malformed(JsonException e, ReadOnlySpan<byte> utf8)
    {
        var line = e.LineNumber ?? 0;
        var byteInLine = e.BytePositionInLine ?? 0;
        return ProblemMessages.Malformed("JSON", line + 1, byteInLine + 1, ProblemMessages.Expected("JSON", WhatIsAt(utf8, line, byteInLine)));
    }

    private static string WhatIsAt(ReadOnlySpan<byte> utf8, long line, long byteInLine)
    {
        var rest = utf8;
        for (var i = 0L; i < line; i++)
        {
            var end = rest.IndexOf((byte)'\n');
            if (end < 0)
            {
                return "the end of the input";
            }

            rest = rest[(end + 1)..];
        }

        if (byteInLine >= rest.Length)
        {
            return "the end of the input";
        }

        rest = rest[(int)byteInLine..];
        return Rune.DecodeFromUtf8(rest, out var rune, out _) != OperationStatus.Done ? "a byte that starts no character"
            : Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) ? $"the character U+{rune.Value:X4}"
            : $"'{rune}'";
    }

    private static (long Line, long Position) FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        long line = 1, position = 1;
        while (!utf8.IsEmpty && Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) == OperationStatus.Done)
        {
            (line, position) = rune.Value == '\n' ? (line + 1, 1) : (line, position + consumed);
            utf8 = utf8[consumed..];
        }

        return (line, position);
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8) => utf8.Trim(" \t\r\n"u8).IsEmpty;
}
