using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IncidentPolicy.Documents.Markdown;

/// <summary>
/// The suppression comments of a document, as Roslyn's pragmas: <c>&lt;!-- incident-policy disable IRP8004, IRP8006 --&gt;</c>
/// suppresses those rules from the comment to the end of the file, <c>&lt;!-- incident-policy disable-next-line IRP8009 --&gt;</c>
/// on the line after the comment. Comments inside code are text, not suppressions.
/// </summary>
internal sealed partial class Suppressions
{
    private readonly List<(string Id, SourcePosition From)> _disabled = [];
    private readonly List<(string Id, int Line)> _nextLine = [];

    /// <summary>Whether a finding of <paramref name="id"/> at <paramref name="position"/> is suppressed.</summary>
    public bool Suppresses(string id, SourcePosition position) =>
        _disabled.Exists(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase) && d.From.CompareTo(position) <= 0)
        || _nextLine.Exists(n => string.Equals(n.Id, id, StringComparison.OrdinalIgnoreCase) && n.Line == position.Line);

    public static Suppressions Read(MarkdownText document)
    {
        var suppressions = new Suppressions();
        var spans = document.Syntax.Descendants<HtmlBlock>().Select(b => (b.Span.Start, b.Span.End))
            .Concat(document.Syntax.Descendants<LeafBlock>()
                .Where(l => l.Inline is not null)
                .SelectMany(l => l.Inline!.Descendants<HtmlInline>())
                .Select(h => (h.Span.Start, h.Span.End)));
        foreach (var (start, end) in spans)
        {
            if (start < 0 || end < start)
            {
                continue;
            }

            var html = document.Text[start..Math.Min(end + 1, document.Text.Length)];
            foreach (Match match in Comment().Matches(html))
            {
                var ids = match.Groups["ids"].Value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (match.Groups["kind"].Value.Equals("disable-next-line", StringComparison.OrdinalIgnoreCase))
                {
                    var line = document.PositionOf(start + match.Index + match.Length - 1).Line + 1;
                    suppressions._nextLine.AddRange(ids.Select(id => (id, line)));
                }
                else
                {
                    var from = document.PositionOf(start + match.Index);
                    suppressions._disabled.AddRange(ids.Select(id => (id, from)));
                }
            }
        }

        return suppressions;
    }

    [GeneratedRegex(@"<!--\s*incident-policy\s+(?<kind>disable-next-line|disable)\s+(?<ids>IRP\w+(?:\s*,\s*IRP\w+|\s+IRP\w+)*)\s*-->", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();
}
