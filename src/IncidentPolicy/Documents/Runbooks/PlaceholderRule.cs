using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using IncidentPolicy.Documents.Markdown;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// IRP8009: a template placeholder left in prose, in a document of any kind: bracketed text that is not a
/// link, a task-list marker or a footnote (<c>[team]</c>), or the words <c>TODO</c> and <c>TBD</c> (outside a
/// review's Status column, where <c>TODO</c> is a status). One finding per placeholder, at it.
/// </summary>
internal sealed partial class PlaceholderRule : IDocumentRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8009";

    private const string StatusColumn = "Status";

    public RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "No template placeholder is left",
        "placeholder '{0}' left in the text: write what it stands for",
        RuleCategories.Runbooks,
        RuleSeverity.Warning);

    public bool AppliesTo(DocumentKind kind) => true;

    public IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context)
    {
        var prose = context.Document.Prose;
        var statusCells = context.Kind == DocumentKind.Review ? StatusCells(context.Document) : [];
        foreach (Match match in Bracketed().Matches(prose))
        {
            yield return new DocumentRuleFinding(context.Document.PositionOf(match.Index), Descriptor.FormatMessage(match.Value));
        }

        foreach (Match match in Words().Matches(prose))
        {
            if (!statusCells.Any(c => match.Index >= c.Start && match.Index <= c.End))
            {
                yield return new DocumentRuleFinding(context.Document.PositionOf(match.Index), Descriptor.FormatMessage(match.Value));
            }
        }
    }

    /// <summary>The spans of the cells under a <c>Status</c> header, in every table.</summary>
    private static List<(int Start, int End)> StatusCells(MarkdownText document)
    {
        var cells = new List<(int, int)>();
        foreach (var table in document.Syntax.Descendants<Table>())
        {
            var rows = table.OfType<TableRow>().ToList();
            var header = rows.FirstOrDefault(r => r.IsHeader);
            if (header is null)
            {
                continue;
            }

            var columns = header.OfType<TableCell>()
                .Select((cell, index) => (Index: cell.ColumnIndex >= 0 ? cell.ColumnIndex : index, Text: cell.OfType<ParagraphBlock>().Select(MarkdownText.PlainText).FirstOrDefault() ?? string.Empty))
                .Where(c => c.Text.Equals(StatusColumn, StringComparison.OrdinalIgnoreCase))
                .Select(c => c.Index)
                .ToHashSet();
            foreach (var row in rows.Where(r => !r.IsHeader))
            {
                cells.AddRange(row.OfType<TableCell>()
                    .Select((cell, index) => (cell, Index: cell.ColumnIndex >= 0 ? cell.ColumnIndex : index))
                    .Where(c => columns.Contains(c.Index))
                    .Select(c => (c.cell.Span.Start, c.cell.Span.End)));
            }
        }

        return cells;
    }

    [GeneratedRegex(@"(?<!\\)\[(?![ xX]\])(?!\^)[^\[\]\r\n]+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\b(?:TODO|TBD)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
