using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Documents.Markdown;
using Markdig.Extensions.Tables;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>A cell of a review's table: its text without markup and where it starts.</summary>
/// <param name="Text">The text, trimmed.</param>
/// <param name="Position">Where the cell starts.</param>
internal sealed record ReviewCell(string Text, SourcePosition Position);

/// <summary>A body row of a review's table, its cells by column name (lower case).</summary>
/// <param name="Position">Where the row starts.</param>
/// <param name="Cells">The cells by the lower-cased name of their column.</param>
/// <param name="First">The text of the row's first cell (empty for a row without cells).</param>
internal sealed record ReviewRow(SourcePosition Position, ImmutableDictionary<string, ReviewCell> Cells, string First)
{
    /// <summary>The cell of column <paramref name="name"/>, or <see langword="null"/> when the table has no such column.</summary>
    public ReviewCell? this[string name] => Cells.TryGetValue(name.ToLowerInvariant(), out var cell) ? cell : null;

    /// <summary>What a finding calls the row: its cell of column <paramref name="name"/>, or its first cell when the table has no such column.</summary>
    public string NameBy(string name) => this[name]?.Text ?? First;
}

/// <summary>The first pipe table of a section, its body rows keyed by the header's column names.</summary>
internal static class ReviewTable
{
    public static ImmutableArray<ReviewRow>? Of(MarkdownText document, Section? section)
    {
        var table = section?.AllBlocks().OfType<Table>().FirstOrDefault();
        if (table is null)
        {
            return null;
        }

        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var names = header is null
            ? []
            : header.OfType<TableCell>().Select(c => Text(c).ToLowerInvariant()).ToList();
        var body = ImmutableArray.CreateBuilder<ReviewRow>();
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            var cells = ImmutableDictionary.CreateBuilder<string, ReviewCell>(StringComparer.Ordinal);
            var index = 0;
            var first = string.Empty;
            foreach (var cell in row.OfType<TableCell>())
            {
                if (index == 0)
                {
                    first = Text(cell);
                }

                if (index < names.Count && !cells.ContainsKey(names[index]))
                {
                    cells[names[index]] = new ReviewCell(Text(cell), document.PositionOf(cell));
                }

                index++;
            }

            body.Add(new ReviewRow(document.PositionOf(row), cells.ToImmutable(), first));
        }

        return body.ToImmutable();
    }

    private static string Text(TableCell cell) =>
        string.Join(' ', cell.OfType<Markdig.Syntax.LeafBlock>().Select(MarkdownText.PlainText)).Trim();
}
