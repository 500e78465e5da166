using System.Linq;
using IncidentPolicy.Documents;
using IncidentPolicy.Documents.Markdown;
using Xunit;

namespace IncidentPolicy.Tests.Documents;

/// <summary>
/// The suppression comments a writer puts in a document: <c>disable</c> silences its rules from the comment itself
/// to the end of the file, <c>disable-next-line</c> on the line after the one the comment ends on, wherever the
/// comment is (alone, after another comment, inside a paragraph or deep in an HTML block); a comment shown inside
/// code is text and silences nothing.
/// </summary>
public sealed class SuppressionsTests
{
    private static MarkdownText Parse(string text) => MarkdownText.TryParse(text, 128)!;

    private static int[] SuppressedLines(MarkdownText document, string id) =>
        [.. Enumerable.Range(1, document.LineCount).Where(line => document.Suppressions.Suppresses(id, new SourcePosition(line, 1)))];

    [Fact]
    public void Disable_applies_from_the_comments_own_position_when_it_follows_another_comment()
    {
        var suppressions = Parse("# Runbook: X\n\nBefore.\n\n<!-- note --> <!-- incident-policy disable IRP8009 -->\nAfter.\n").Suppressions;

        Assert.False(suppressions.Suppresses("IRP8009", new SourcePosition(3, 1)));
        Assert.False(suppressions.Suppresses("IRP8009", new SourcePosition(5, 14)));
        Assert.True(suppressions.Suppresses("IRP8009", new SourcePosition(5, 15)));
        Assert.True(suppressions.Suppresses("IRP8009", new SourcePosition(6, 1)));
        Assert.False(suppressions.Suppresses("IRP8010", new SourcePosition(6, 1)));
    }

    [Fact]
    public void A_comment_inside_a_paragraph_disables_from_where_it_is_written()
    {
        var suppressions = Parse("# Runbook: X\n\nFirst [a]. <!-- incident-policy disable IRP8009 --> Second [b].\nThird [c].\n").Suppressions;

        Assert.False(suppressions.Suppresses("IRP8009", new SourcePosition(3, 1)));
        Assert.False(suppressions.Suppresses("IRP8009", new SourcePosition(3, 11)));
        Assert.True(suppressions.Suppresses("IRP8009", new SourcePosition(3, 12)));
        Assert.True(suppressions.Suppresses("IRP8009", new SourcePosition(4, 1)));
    }

    [Fact]
    public void Disable_next_line_applies_to_the_line_after_the_comment_ends_only()
    {
        var document = Parse(
            "# Runbook: X\n\n<details>\n<summary>Why the line after the comment is exempt</summary>\n<!-- incident-policy disable-next-line IRP8009 -->\n</details>\n\n"
            + "<!-- incident-policy disable-next-line\n     IRP8010 -->\nText [a].\nMore [b].\n");

        Assert.Equal([6], SuppressedLines(document, "IRP8009"));
        Assert.Equal([10], SuppressedLines(document, "IRP8010"));
    }

    [Fact]
    public void A_comment_shown_in_code_silences_nothing_even_after_an_HTML_block()
    {
        var document = Parse(
            "# Runbook: X\n\n<div>Note</div>\n\n```html\n<!-- incident-policy disable IRP8009 -->\n```\n\nUse `<!-- incident-policy disable IRP8010 -->` to silence it.\nText [a].\n");

        Assert.Empty(SuppressedLines(document, "IRP8009"));
        Assert.Empty(SuppressedLines(document, "IRP8010"));
    }

    [Theory]
    [InlineData("IRP8004", true)]
    [InlineData("IRP8006", true)]
    [InlineData("irp8009", true)]
    [InlineData("IRP8005", false)]
    public void One_comment_names_several_rules_in_any_case(string id, bool suppressed)
    {
        var document = Parse("# Runbook: X\n\n<!-- Incident-Policy DISABLE IRP8004, IRP8006 Irp8009 -->\nText.\n");

        Assert.Equal(suppressed, document.Suppressions.Suppresses(id, new SourcePosition(4, 1)));
    }
}
