using System;
using System.Linq;
using IncidentPolicy.Documents.Markdown;
using Markdig.Syntax;
using Xunit;

namespace IncidentPolicy.Tests.Documents;

/// <summary>
/// How a document is read once for every rule: square brackets nested deeper than the limit within one paragraph
/// are refused before the parser sees them (escaped ones do not count, a blank line ends the paragraph); the prose
/// the wording rules search keeps only the literal text of paragraphs and headings, at the same offsets, with the
/// line ends; and the plain text of a heading or paragraph is what a reader sees, without markup.
/// </summary>
public sealed class MarkdownTextTests
{
    private static MarkdownText Parse(string text) => MarkdownText.TryParse(text, 128)!;

    private static string Blank(int count) => new(' ', count);

    [Fact]
    public void A_null_text_is_refused_by_name()
    {
        var refused = Assert.Throws<ArgumentNullException>(() => MarkdownText.TryParse(null!, 128));

        Assert.Equal("text", refused.ParamName);
    }

    [Theory]
    [InlineData("[[[[x]]]]", true)]
    [InlineData("[[[[[x]]]]]", false)]
    [InlineData("\\[\\[\\[\\[\\[\\[ escaped", true)]
    [InlineData("[x] [y] [z] [v] [w] [u] siblings", true)]
    [InlineData("]]]] [[[[[ closing brackets first do not make room", false)]
    [InlineData("[[x] [[y] [[z] [[w]", false)]
    [InlineData("[[\n[[[", false)]
    [InlineData("[[[\nx\n[[", false)]
    [InlineData("[[[\n\\!\n[[", false)]
    [InlineData("[[[[\n]\n[[", false)]
    [InlineData("[[[[\n\n[[[[", true)]
    [InlineData("[[[[\n \t \n[[[[", true)]
    [InlineData("[[[[\r\n\r\n[[[[", true)]
    public void Brackets_nested_past_the_limit_within_one_paragraph_are_refused(string text, bool parsed)
    {
        Assert.Equal(parsed, MarkdownText.TryParse(text, 4) is not null);
    }

    [Fact]
    public void Prose_keeps_the_literal_text_of_headings_and_paragraphs_at_their_offsets_and_every_line_end()
    {
        const string text = "---\ntitle: T\n---\n# Heading\n\n```sh\nrm -rf /\n```\n\nText `code` <b>bold</b> [link](https://x.test) end.\r\n";

        var prose = Parse(text).Prose;

        var expected = Blank(3) + "\n" + Blank(8) + "\n" + Blank(3) + "\n" + "  Heading\n" + "\n" + Blank(5) + "\n" + Blank(8) + "\n" + Blank(3) + "\n" + "\n"
            + "Text " + Blank(6) + " " + Blank(3) + "bold" + Blank(4) + " " + Blank(1) + "link" + Blank(17) + " end.\r\n";
        Assert.Equal(expected, prose);
    }

    [Fact]
    public void The_prose_of_a_paragraph_is_its_whole_span_of_the_prose_with_its_start()
    {
        const string text = "# Runbook: X\n\nCall `kubectl` or page @oncall.\nThen wait.\n\nNext.\n";
        var document = Parse(text);
        var paragraph = document.Syntax.Descendants<ParagraphBlock>().First();

        var (prose, start) = document.ProseOf(paragraph);

        Assert.Equal("Call " + Blank(9) + " or page @oncall.\nThen wait.", prose);
        Assert.Equal(text.IndexOf("Call", StringComparison.Ordinal), start);
    }

    [Fact]
    public void The_plain_text_of_a_heading_keeps_inline_code_and_drops_markup()
    {
        var document = Parse("# Run `kubectl get pods` **now**\n");

        Assert.Equal("Run kubectl get pods now", MarkdownText.PlainText(document.Syntax.Descendants<HeadingBlock>().Single()));
    }

    [Fact]
    public void The_plain_text_of_a_paragraph_joins_its_lines_with_a_space()
    {
        var document = Parse("first line\nsecond line\n");

        Assert.Equal("first line second line", MarkdownText.PlainText(document.Syntax.Descendants<ParagraphBlock>().Single()));
    }

    [Fact]
    public void A_list_or_a_code_block_has_no_plain_text_of_its_own()
    {
        var document = Parse("- item\n\n```sh\nrm -rf /\n```\n");

        Assert.Equal(string.Empty, MarkdownText.PlainText(document.Syntax.Descendants<ListBlock>().Single()));
        Assert.Equal(string.Empty, MarkdownText.PlainText(document.Syntax.Descendants<FencedCodeBlock>().Single()));
    }
}
