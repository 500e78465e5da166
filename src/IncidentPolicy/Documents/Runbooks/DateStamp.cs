using System;
using System.Linq;
using System.Text.RegularExpressions;
using IncidentPolicy.Documents.Markdown;
using Markdig.Syntax;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// When a runbook was last verified: its front matter's <c>last_verified</c>, else the first paragraph line
/// starting <c>Last verified: YYYY-MM-DD</c> (emphasis allowed, text may follow the date).
/// </summary>
internal static partial class DateStamp
{
    public const string FrontMatterKey = "last_verified";

    public static (LocalDate Date, SourcePosition Position)? Find(MarkdownText document)
    {
        if (document.FrontMatter[FrontMatterKey] is { } value && Parse(value.Value) is { } fromFrontMatter)
        {
            return (fromFrontMatter, document.PositionOf(value.Offset));
        }

        foreach (var paragraph in document.Syntax.Descendants<ParagraphBlock>().OrderBy(p => p.Span.Start))
        {
            var start = Math.Max(paragraph.Span.Start, 0);
            var end = Math.Min(paragraph.Span.End + 1, document.Text.Length);
            var offset = start;
            foreach (var line in document.Text[start..end].Split('\n'))
            {
                var match = Stamp().Match(line);
                if (match.Success && Parse(match.Groups["date"].Value) is { } date)
                {
                    return (date, document.PositionOf(offset + match.Groups["label"].Index));
                }

                offset += line.Length + 1;
            }
        }

        return null;
    }

    private static LocalDate? Parse(string text)
    {
        var trimmed = text.Trim();
        var result = LocalDatePattern.Iso.Parse(trimmed.Length > 10 && trimmed[10] is 'T' or ' ' ? trimmed[..10] : trimmed);
        return result.Success ? result.Value : null;
    }

    [GeneratedRegex(@"^\s*(?:[-*+>]\s+)?[*_]{0,2}(?<label>Last verified)[*_]{0,2}\s*:\s*[*_]{0,2}\s*(?<date>\d{4}-\d{2}-\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
