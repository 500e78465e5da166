using System;
using System.Linq;
using System.Text;
using IncidentPolicy.Documents;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Documents;

/// <summary>The limits of the document analyzer (docs/limits.md), at their boundaries, each refusal naming the option that raises it.</summary>
public sealed class DocumentLimitsTests
{
    private const string Runbook = "# Runbook: Orders\n\nText é.\n";

    [Fact]
    public void A_document_of_exactly_the_size_limit_is_analysed_and_one_byte_more_is_refused_naming_the_option()
    {
        var size = Encoding.UTF8.GetByteCount(Runbook);

        Assert.Equal(DocumentKind.Runbook, DocumentAnalyzer.Analyze("r.md", Runbook, Options() with { MaxDocumentBytes = size }).Kind);

        var refused = Assert.Throws<InvalidDocumentException>(() => DocumentAnalyzer.Analyze("r.md", Runbook, Options() with { MaxDocumentBytes = size - 1 }));
        Assert.Equal(
            $"r.md: The document is invalid: $: the document is {size} bytes, over the limit of {size - 1} bytes; raise DocumentAnalysisOptions.MaxDocumentBytes to analyse larger documents",
            refused.Message);
    }

    [Fact]
    public void Nesting_one_level_past_the_limit_is_refused_and_raising_the_limit_admits_it()
    {
        static string Quotes(int depth) => "# Runbook: Orders\n\n" + string.Concat(Enumerable.Repeat("> ", depth)) + "text\n";
        var options = Options() with { MaxNestingDepth = 10 };
        var deepest = Enumerable.Range(1, 20).TakeWhile(depth => Analyzes(Quotes(depth), options)).Last();

        var refused = Assert.Throws<InvalidDocumentException>(() => DocumentAnalyzer.Analyze("r.md", Quotes(deepest + 1), options));
        Assert.Equal(
            "$: Markdown nested too deeply (blocks within blocks, or emphasis, links and brackets within one another), over the limit of 10 levels; raise DocumentAnalysisOptions.MaxNestingDepth to analyse deeper documents",
            refused.Problems.Single().ToString());
        Assert.True(Analyzes(Quotes(deepest + 1), options with { MaxNestingDepth = 20 }));
    }

    [Fact]
    public void Square_brackets_nested_exactly_to_the_limit_are_analysed_and_one_more_is_refused_before_the_parser_sees_them()
    {
        static string Brackets(int depth) => "# Runbook: Orders\n\nSee " + new string('[', depth) + "x" + new string(']', depth) + " and \\[ escaped.\n\n[[one]] paragraph later.\n";

        Assert.True(Analyzes(Brackets(128), Options()));
        Assert.False(Analyzes(Brackets(129), Options()));
        Assert.True(Analyzes(Brackets(129), Options() with { MaxNestingDepth = 129 }));
    }

    [Fact]
    public void Ten_thousand_nested_brackets_are_refused_at_once()
    {
        var refused = Assert.Throws<InvalidDocumentException>(() => DocumentAnalyzer.Analyze("r.md", "# Runbook: X\n" + new string('[', 10_000) + new string(']', 10_000), Options()));

        Assert.Contains("DocumentAnalysisOptions.MaxNestingDepth", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_of_exactly_the_emphasis_limit_is_analysed_and_one_marker_more_is_refused_at_its_line()
    {
        static string Bold(int markers) =>
            "# Runbook: Orders\n\nA first paragraph.\n\n" + string.Join("\n", Enumerable.Repeat("**Step** done", markers / 2)) + (markers % 2 == 1 ? "\n*open" : string.Empty) + "\n";
        var options = Options() with { MaxEmphasisMarkers = 10 };

        Assert.True(Analyzes(Bold(10), options));
        var refused = Assert.Throws<InvalidDocumentException>(() => DocumentAnalyzer.Analyze("r.md", Bold(11), options));
        Assert.Equal(
            "$: the paragraph at line 5 holds 11 emphasis markers (runs of * or _), over the limit of 10 markers; raise DocumentAnalysisOptions.MaxEmphasisMarkers to analyse such paragraphs",
            refused.Problems.Single().ToString());
        Assert.True(Analyzes(Bold(11), options with { MaxEmphasisMarkers = 11 }));
    }

    [Fact]
    public void Emphasis_markers_are_counted_per_paragraph_and_list_item_escapes_and_fenced_code_left_out()
    {
        var options = Options() with { MaxEmphasisMarkers = 4 };
        var items = string.Concat(Enumerable.Repeat("- **a** and **b**\n", 50));
        var paragraphs = string.Concat(Enumerable.Repeat("**a** _b_\n\n", 50));
        var code = "```bash\n" + string.Concat(Enumerable.Repeat("rm -f *.log **/x_y_z\n", 50)) + "```\n";
        var escaped = string.Concat(Enumerable.Repeat("\\* not emphasis \\_ \\*\n", 50));

        Assert.True(Analyzes("# Runbook: Orders\n\n" + items + "\n" + paragraphs + code + "\n" + escaped, options));
        Assert.False(Analyzes("# Runbook: Orders\n\n" + string.Concat(Enumerable.Repeat("2. **a** and **b**\n", 2)), options));
    }

    [Fact]
    public void A_review_whose_header_line_is_repeated_two_thousand_times_is_refused_at_once_and_a_long_table_with_bold_rows_is_analysed()
    {
        // Found by the fuzzer (seeds 1642473071 and 1663434664): one paragraph of ~2,000 lines with four bold labels each
        // took the Markdown parser 10 to 20 seconds, its time growing with the square of the markers in the paragraph.
        const string Header = "**Date**: 2024-03-16 | **Severity**: P1 | **Duration**: 45m | **Author**: Payments platform team\n";
        var repeated = "# Post-Incident Review: Payments\n\n" + string.Concat(Enumerable.Repeat(Header, 2_000)) + "\n## Summary\n\nText.\n";

        var refused = Assert.Throws<InvalidDocumentException>(() => DocumentAnalyzer.Analyze("r.md", repeated, Options()));
        Assert.Equal(
            "$: the paragraph at line 3 holds 16000 emphasis markers (runs of * or _), over the limit of 1000 markers; raise DocumentAnalysisOptions.MaxEmphasisMarkers to analyse such paragraphs",
            refused.Problems.Single().ToString());

        var rows = string.Concat(Enumerable.Range(0, 500).Select(i => $"| {i / 60:00}:{i % 60:00} | **step {i}** |\n"));
        var table = "# Post-Incident Review: Payments\n\n## Timeline\n\n| Time | Event |\n|---|---|\n" + rows;
        var analysis = DocumentAnalyzer.Analyze("r.md", table, Options() with { Kind = DocumentKind.Review });
        Assert.Equal(DocumentKind.Review, analysis.Kind);
        Assert.DoesNotContain(analysis.Findings, f => f.Position.Line > table.Split('\n').Length);
    }

    [Fact]
    public void The_limits_refuse_values_that_are_no_limit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Options() with { MaxDocumentBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Options() with { MaxNestingDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Options() with { MaxEmphasisMarkers = 0 });
        Assert.Equal(1000, Options().MaxEmphasisMarkers);
        Assert.Equal(1024 * 1024, Options().MaxDocumentBytes);
        Assert.Equal(128, Options().MaxNestingDepth);
    }

    [Fact]
    public void The_nesting_limit_takes_1_to_1000_levels_and_each_refusal_says_what_a_limit_must_be()
    {
        Assert.Equal(1, (Options() with { MaxNestingDepth = 1 }).MaxNestingDepth);
        Assert.Equal(1000, (Options() with { MaxNestingDepth = 1000 }).MaxNestingDepth);

        var deep = Assert.Throws<ArgumentOutOfRangeException>(() => Options() with { MaxNestingDepth = 1001 });
        Assert.StartsWith("The nesting limit must be between 1 and 1000 levels.", deep.Message, StringComparison.Ordinal);
        Assert.Equal(1001, deep.ActualValue);
        var size = Assert.Throws<ArgumentOutOfRangeException>(() => Options() with { MaxDocumentBytes = -1 });
        Assert.StartsWith("The size limit must be a positive number of bytes.", size.Message, StringComparison.Ordinal);
        Assert.Equal(-1L, size.ActualValue);
        var markers = Assert.Throws<ArgumentOutOfRangeException>(() => Options() with { MaxEmphasisMarkers = 0 });
        Assert.StartsWith("The limit of emphasis markers must be a positive number.", markers.Message, StringComparison.Ordinal);
        Assert.Equal(0, markers.ActualValue);
    }

    private static DocumentAnalysisOptions Options() => new(DocumentTestSupport.At);

    private static bool Analyzes(string text, DocumentAnalysisOptions options)
    {
        try
        {
            DocumentAnalyzer.Analyze("r.md", text, options);
            return true;
        }
        catch (InvalidDocumentException)
        {
            return false;
        }
    }
}
