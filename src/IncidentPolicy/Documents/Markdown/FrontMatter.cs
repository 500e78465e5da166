using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace IncidentPolicy.Documents.Markdown;

/// <summary>
/// The top-level <c>key: value</c> lines of a document's YAML front matter (the block between <c>---</c> lines
/// at the top of the file). Only scalars are read: nested keys and lists are skipped, quotes and trailing comments are removed.
/// The front matter is never prose.
/// </summary>
internal sealed class FrontMatter
{
    private readonly Dictionary<string, (string Value, int Offset)> _values;

    private FrontMatter(Dictionary<string, (string Value, int Offset)> values, Block? block)
    {
        _values = values;
        Block = block;
    }

    /// <summary>The front matter block, or <see langword="null"/> when the document has none.</summary>
    public Block? Block { get; }

    /// <summary>The value of a top-level key (case-insensitive) and the offset where it starts.</summary>
    public (string Value, int Offset)? this[string key] => _values.TryGetValue(key, out var value) ? value : null;

    public static FrontMatter Read(string text, MarkdownDocument syntax)
    {
        var values = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        var block = syntax.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            return new FrontMatter(values, null);
        }

        var offset = Math.Max(block.Span.Start, 0);
        var end = Math.Min(block.Span.End + 1, text.Length);
        while (offset < end)
        {
            var lineEnd = text.IndexOf('\n', offset, end - offset);
            if (lineEnd < 0)
            {
                lineEnd = end;
            }

            ReadLine(text, offset, lineEnd, values);
            offset = lineEnd + 1;
        }

        return new FrontMatter(values, block);
    }

    private static void ReadLine(string text, int start, int end, Dictionary<string, (string, int)> values)
    {
        var line = text[start..end].TrimEnd('\r');
        if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line[0] is '#' or '-')
        {
            return;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return;
        }

        var key = line[..colon].Trim();
        var raw = line[(colon + 1)..];
        var valueStart = colon + 1 + (raw.Length - raw.TrimStart().Length);
        var value = raw.Trim();
        if (value.Length > 0 && value[0] is '"' or '\'')
        {
            var closing = ClosingQuote(value);
            if (closing > 0)
            {
                value = value[1..closing];
                valueStart++;
            }
        }
        else
        {
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            value = comment >= 0 ? value[..comment].TrimEnd() : value;
        }

        values.TryAdd(key, (value, start + valueStart));
    }

    /// <summary>
    /// Where a quoted value's closing quote is: the first quote like the opening one that only a comment (or nothing)
    /// follows; -1 when there is none, and the value is then read as it is written.
    /// </summary>
    private static int ClosingQuote(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] == value[0] && value.AsSpan(i + 1).TrimStart() is var rest && (rest.IsEmpty || rest[0] == '#' && rest.Length < value.Length - i - 1))
            {
                return i;
            }
        }

        return -1;
    }
}
