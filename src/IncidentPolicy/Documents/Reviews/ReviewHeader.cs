using System;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Documents.Markdown;
using Markdig.Syntax;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>A field of a review's header line (<c>**Date**: 2024-03-16</c>): its value and where the field starts.</summary>
/// <param name="Value">The value, trimmed; empty when the field is there without one.</param>
/// <param name="Position">Where the field's name starts.</param>
internal sealed record ReviewHeaderField(string Value, SourcePosition Position);

/// <summary>
/// A review's header line, <c>**Date**: ... | **Severity**: ... | **Duration**: ... | **Author**: ...</c>: the
/// first paragraph before the first H2 whose text has a <c>Name: value</c> field of those four names.
/// </summary>
internal sealed class ReviewHeader
{
    /// <summary>The fields of the header, in the order the template writes them.</summary>
    public static readonly ImmutableArray<string> FieldNames = ["Date", "Severity", "Duration", "Author"];

    private ReviewHeader(SourcePosition position, ImmutableDictionary<string, ReviewHeaderField> fields)
    {
        Position = position;
        Fields = fields;
    }

    /// <summary>Where the header starts.</summary>
    public SourcePosition Position { get; }

    /// <summary>The fields found, by name (case-insensitively).</summary>
    public ImmutableDictionary<string, ReviewHeaderField> Fields { get; }

    /// <summary>The field <paramref name="name"/>, or <see langword="null"/> when the header lacks it.</summary>
    public ReviewHeaderField? this[string name] => Fields.TryGetValue(name, out var field) ? field : null;

    /// <summary>The header of <paramref name="document"/>, or <see langword="null"/> when it has none.</summary>
    public static ReviewHeader? Of(MarkdownText document)
    {
        foreach (var block in document.Syntax)
        {
            if (block is HeadingBlock { Level: <= 2 } heading && heading != document.Outline.Title)
            {
                return null;
            }

            if (block is not ParagraphBlock paragraph)
            {
                continue;
            }

            var fields = ImmutableDictionary.CreateBuilder<string, ReviewHeaderField>(StringComparer.OrdinalIgnoreCase);
            var source = document.Text.Substring(paragraph.Span.Start, paragraph.Span.Length);
            foreach (var part in MarkdownText.PlainText(paragraph).Split('|'))
            {
                var colon = part.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    continue;
                }

                var name = part[..colon].Trim();
                if (FieldNames.Contains(name, StringComparer.OrdinalIgnoreCase) && !fields.ContainsKey(name))
                {
                    var at = source.IndexOf(name, StringComparison.OrdinalIgnoreCase);
                    fields[name] = new ReviewHeaderField(
                        part[(colon + 1)..].Trim(), document.PositionOf(paragraph.Span.Start + Math.Max(at, 0)));
                }
            }

            if (fields.Count > 0)
            {
                return new ReviewHeader(document.PositionOf(paragraph), fields.ToImmutable());
            }
        }

        return null;
    }
}
