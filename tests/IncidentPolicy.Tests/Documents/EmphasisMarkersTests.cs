using IncidentPolicy.Documents.Markdown;
using Xunit;

namespace IncidentPolicy.Tests.Documents;

/// <summary>
/// The count behind the emphasis-marker limit (<c>MaxEmphasisMarkersPerParagraph</c>): runs of <c>*</c> or <c>_</c>
/// per paragraph, where a paragraph ends at a blank line, a heading or a list item, fenced code does not count, and
/// the paragraph reported is the first with the highest count. A wrong count either rejects a document that is
/// fine or lets through one that takes the parser hours.
/// </summary>
public sealed class EmphasisMarkersTests
{
    [Theory]
    [InlineData("", 0, 1)]
    [InlineData("plain text", 0, 1)]
    [InlineData("*a*", 2, 1)]
    [InlineData("*a*b*", 3, 1)]
    [InlineData("**a** __b__", 4, 1)]
    [InlineData(@"\*a\* *b*", 2, 1)]
    [InlineData("*a*\n*b*", 4, 1)]
    [InlineData("\n*a* *b*", 4, 2)]
    public void Runs_of_markers_are_counted_once_and_escapes_not_at_all(string text, int count, int line)
    {
        Assert.Equal((count, line), EmphasisMarkers.MostInOneParagraph(text));
    }

    [Theory]
    [InlineData("*a*\n\n*b* *c*", 4, 3)]
    [InlineData("*a*\n\n*b*", 2, 1)]
    [InlineData("*a*\n# *b* *c*", 4, 2)]
    [InlineData("*a*\n   # *b* *c*", 4, 2)]
    [InlineData("*a*\n#\n*b* *c*", 4, 2)]
    [InlineData("*a*\n###### *b* *c*", 4, 2)]
    [InlineData("*a*\n####### *b* *c*", 6, 1)]
    [InlineData("*a*\n#x *b*", 4, 1)]
    [InlineData("*a*\na *b*", 4, 1)]
    [InlineData("*a*\n    # *b* *c*", 6, 1)]
    public void Blank_lines_and_headings_start_a_new_paragraph(string text, int count, int line)
    {
        Assert.Equal((count, line), EmphasisMarkers.MostInOneParagraph(text));
    }

    [Theory]
    [InlineData("*a*\n- x\n*b* *c*", 4, 2)]
    [InlineData("*a*\n+ x\n*b* *c*", 4, 2)]
    [InlineData("*a*\n1. x\n*b* *c*", 4, 2)]
    [InlineData("*a*\n1) x\n*b* *c*", 4, 2)]
    [InlineData("*a*\n-\n*b* *c*", 6, 1)]
    [InlineData("*a*\n2. x\n*b* *c*", 6, 1)]
    [InlineData("*a*\n1.x\n*b* *c*", 6, 1)]
    [InlineData("*a*\n1.  \n*b* *c*", 6, 1)]
    [InlineData("* *a*", 2, 1)]
    public void A_list_item_starts_a_new_paragraph_and_its_bullet_is_not_a_marker(string text, int count, int line)
    {
        Assert.Equal((count, line), EmphasisMarkers.MostInOneParagraph(text));
    }

    [Theory]
    [InlineData("```\n*a* *b*\n```", 0, 1)]
    [InlineData("```a_b_c\ncode\n```", 0, 1)]
    [InlineData("   ```\n*a*\n```", 0, 1)]
    [InlineData("```\nx\n```\n*a*", 2, 4)]
    [InlineData("```\n*a*\n   ```\n*b*", 2, 4)]
    [InlineData("```\n*a*\n    ```\n*b*", 0, 1)]
    [InlineData("```\n~~~\n*a*\n```\n*b* *c*", 4, 5)]
    [InlineData("````\n```\n*a*\n````\n*b*", 2, 5)]
    [InlineData("```\n``` x\n*a*\n```\n*b*", 2, 5)]
    [InlineData("    ```\n*a*", 2, 1)]
    [InlineData("``\n*a*", 2, 1)]
    [InlineData("*a*\n***\n*b*", 5, 1)]
    public void Fenced_code_is_not_counted(string text, int count, int line)
    {
        Assert.Equal((count, line), EmphasisMarkers.MostInOneParagraph(text));
    }
}
