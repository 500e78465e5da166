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
    public void The_limits_refuse_values_that_are_no_limit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Options() with { MaxDocumentBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Options() with { MaxNestingDepth = 0 });
        Assert.Equal(1024 * 1024, Options().MaxDocumentBytes);
        Assert.Equal(128, Options().MaxNestingDepth);
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
