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

    public static JsonDocument? Parse(string json, string expected, JsonValueReader values) =>
        Parse(Encoding.UTF8.GetBytes(json), expected, values);

    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8Json, string expected, JsonValueReader values)
    {
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
            return JsonDocument.Parse(utf8Json, Options);
        }
        catch (JsonException e)
        {
            values.Add(ProblemLocation.Root, Malformed(e, utf8Json.Span));
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
