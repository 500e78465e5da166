using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Documents.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>A field of a review's header line (<c>**Date**: 2024-03-16</c>): its value and where the field starts.</summary>
/// <param name="Value">The value, trimmed; empty when the field is there without one.</param>
/// <param name="Position">Where the field's name starts.</param>
internal sealed record ReviewHeaderField(string Value, SourcePosition Position);

/// <summary>
/// A review's header line, <c>**Date**: ... | **Severity**: ... | **Duration**: ... | **Author**: ...</c>: the
/// first paragraph before the first H2 whose text has a <c>Name: value</c> field of those four names, the fields
/// separated by <c>|</c> or each on a line of its own.
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

            if (block is not ParagraphBlock { Inline: { } inlines } paragraph)
            {
                continue;
            }

            var fields = ImmutableDictionary.CreateBuilder<string, ReviewHeaderField>(StringComparer.OrdinalIgnoreCase);
            foreach (var part in Parts(inlines))
            {
                var text = new string([.. part.Select(c => c.Char)]);
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                var name = colon > 0 ? text[..colon].Trim() : string.Empty;
                if (FieldNames.Contains(name, StringComparer.OrdinalIgnoreCase) && !fields.ContainsKey(name))
                {
                    var start = part.First(c => !char.IsWhiteSpace(c.Char)).Offset;
                    fields[name] = new ReviewHeaderField(text[(colon + 1)..].Trim(), document.PositionOf(start));
                }
            }

            if (fields.Count > 0)
            {
                return new ReviewHeader(document.PositionOf(paragraph), fields.ToImmutable());
            }
        }

        return null;
    }

    /// <summary>
    /// The parts of a paragraph's text without markup, each character with the offset of the text it comes from:
    /// parts are separated by <c>|</c>, and by a line break that a field's <c>Name:</c> follows (a header may give
    /// one field a line); another line break is a space, as a value may go on on the next line.
    /// </summary>
    private static List<List<(char Char, int Offset)>> Parts(ContainerInline inlines)
    {
        var characters = new List<(char Char, int Offset)>();
        MarkdownText.ShownCharacters(inlines, characters);
        var parts = new List<List<(char Char, int Offset)>> { new() };
        for (var i = 0; i < characters.Count; i++)
        {
            var (c, offset) = characters[i];
            if (c == '|' || (c == '\n' && StartsWithField(characters, i + 1)))
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add((c == '\n' ? ' ' : c, offset));
            }
        }

        return parts;
    }

    /// <summary>Whether the text from <paramref name="index"/> on starts with a field name and a colon (spaces before either aside).</summary>
    private static bool StartsWithField(List<(char Char, int Offset)> characters, int index)
    {
        var rest = new string([.. characters.Skip(index).TakeWhile(c => c.Char is not ('\n' or '|')).Select(c => c.Char)]);
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && FieldNames.Contains(rest[..colon].Trim(), StringComparer.OrdinalIgnoreCase);
    }
}
