using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Documents.Markdown;
using Markdig.Extensions.Tables;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>A cell of a review's table: its text without markup and where it starts.</summary>
/// <param name="Text">The text, trimmed.</param>
/// <param name="Position">Where the cell's text starts; for an empty cell, where its row starts.</param>
internal sealed record ReviewCell(string Text, SourcePosition Position);

/// <summary>A body row of a review's table, its cells by column name (lower case).</summary>
/// <param name="Position">Where the row starts: the first character of its line.</param>
/// <param name="Cells">The cells by the lower-cased name of their column.</param>
/// <param name="FirstCell">The row's first cell, whatever its column's name; <see langword="null"/> for a row without cells.</param>
internal sealed record ReviewRow(SourcePosition Position, ImmutableDictionary<string, ReviewCell> Cells, ReviewCell? FirstCell)
{
    /// <summary>The text of the row's first cell (empty for a row without cells).</summary>
    public string First => FirstCell?.Text ?? string.Empty;

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
        // Markdig leaves the source span of an empty cell unset, and that of a row whose cells are all empty, so a
        // row's line is counted instead: a pipe table has one row a line, the body after the header's delimiter row.
        var firstBodyLine = table.Line + 1 + (header is null ? 0 : 2);
        var body = ImmutableArray.CreateBuilder<ReviewRow>();
        foreach (var (row, index) in rows.Where(r => !r.IsHeader).Select((r, i) => (r, i)))
        {
            var rowPosition = document.FirstCharacterOf(firstBodyLine + index);
            var cells = ImmutableDictionary.CreateBuilder<string, ReviewCell>(StringComparer.Ordinal);
            ReviewCell? firstCell = null;
            var column = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var read = new ReviewCell(Text(cell), cell.Span.Length > 0 ? document.FirstCharacterOf(cell.Span) : rowPosition);
                firstCell ??= read;
                if (column < names.Count && !cells.ContainsKey(names[column]))
                {
                    cells[names[column]] = read;
                }

                column++;
            }

            body.Add(new ReviewRow(rowPosition, cells.ToImmutable(), firstCell));
        }

        return body.ToImmutable();
    }

    private static string Text(TableCell cell) =>
        string.Join(' ', cell.OfType<Markdig.Syntax.LeafBlock>().Select(MarkdownText.PlainText)).Trim();
}
