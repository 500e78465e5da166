using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Documents;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using Xunit;
using static IncidentPolicy.Tests.Documents.DocumentTestSupport;

namespace IncidentPolicy.Tests.Documents;

/// <summary>The framework: kinds, severities in force, suppression comments, the catalogue.</summary>
public sealed class DocumentAnalyzerTests
{
    [Fact]
    public void A_document_of_neither_kind_gets_one_IRP8000_at_its_first_heading_and_nothing_else()
    {
        var analysis = Analyze("Intro.\n\n# Notes\n\n[placeholder] TODO\n");

        Assert.Null(analysis.Kind);
        Assert.Equal(["3:1 IRP8000"], Lines(analysis));
        Assert.Equal(DiagnosticSeverity.Info, analysis.Findings[0].Severity);
    }

    [Theory]
    [InlineData("# Runbook: X", DocumentKind.Runbook)]
    [InlineData("# runbook: x", DocumentKind.Runbook)]
    [InlineData("# Post-Incident Review: X", DocumentKind.Review)]
    [InlineData("---\ntitle: \"Runbook: X\"\n---\nText.", DocumentKind.Runbook)]
    [InlineData("---\ntitle: \"Runbook: Orders\"\n---\n# Orders error rate\n", DocumentKind.Runbook)]
    [InlineData("---\ntitle: \"Notes\"\n---\n# Post-Incident Review: X\n", DocumentKind.Review)]
    public void The_first_heading_or_the_front_matter_title_tells_the_kind(string text, DocumentKind kind) => Assert.Equal(kind, Analyze(text).Kind);

    [Fact]
    public void Without_an_H1_a_finding_about_the_whole_document_is_at_the_front_matter_s_title()
    {
        var analysis = Analyze("---\ntitle: \"Runbook: Orders\"\n---\n## Overview\n");

        Assert.Equal("2:9", analysis.Findings.First(f => f.Id == "IRP8001").Position.ToString());
    }

    [Fact]
    public void Kind_overrides_the_heading_and_policy_paths_name_runbooks()
    {
        var policy = ResponsePolicy.CreateBuilder().Documents(d => d with { Runbook = d.Runbook with { Paths = ["runbooks/**/*.md"] } }).Build();

        Assert.Equal(DocumentKind.Runbook, Analyze("# Notes", kind: DocumentKind.Runbook).Kind);
        Assert.Equal(DocumentKind.Runbook, Analyze("# Notes", policy, path: "runbooks/a/b/OrdersDown.md").Kind);
        Assert.Equal(DocumentKind.Runbook, Analyze("# Notes", policy, path: "./runbooks/OrdersDown.md").Kind);
        Assert.Null(Analyze("# Notes", policy, path: "docs/OrdersDown.md").Kind);
    }

    [Fact]
    public void A_rule_configured_none_reports_nothing_and_others_take_their_configured_severity()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .RuleSeverity("IRP8009", RuleSeverity.None)
            .CategorySeverity(RuleCategories.Runbooks, RuleSeverity.Error)
            .Build();

        var analysis = Analyze(Fixture("procedure-example-runbook.md"), policy);

        Assert.DoesNotContain(analysis.Findings, f => f.Id == "IRP8009");
        Assert.All(analysis.Findings, f => Assert.Equal(DiagnosticSeverity.Error, f.Severity));
        Assert.True(analysis.HasErrors);
    }

    [Fact]
    public void One_error_among_warnings_is_enough_for_the_analysis_to_have_errors()
    {
        var policy = ResponsePolicy.CreateBuilder().RuleSeverity("IRP8004", RuleSeverity.Error).Build();

        var analysis = Analyze(Fixture("procedure-example-runbook.md"), policy);

        Assert.Contains(analysis.Reported, f => f.Id == "IRP8004" && f.Severity == DiagnosticSeverity.Error);
        Assert.Contains(analysis.Reported, f => f.Id == "IRP8009" && f.Severity == DiagnosticSeverity.Warning);
        Assert.True(analysis.HasErrors);
    }

    [Fact]
    public void A_disable_comment_suppresses_its_rules_from_there_to_the_end()
    {
        var text = Fixture("procedure-example-runbook.md").Replace("## Steps", "## Steps\n<!-- incident-policy disable IRP8009, IRP8004 -->", System.StringComparison.Ordinal);

        var analysis = Analyze(text);

        Assert.Contains("4:1 IRP8009", Lines(analysis));
        Assert.Contains("32:28 IRP8009 suppressed", Lines(analysis));
        Assert.Contains("21:1 IRP8004 suppressed", Lines(analysis));
        Assert.DoesNotContain(analysis.Reported, f => f.Id == "IRP8004");
    }

    [Fact]
    public void A_disable_next_line_comment_suppresses_only_the_next_line()
    {
        var text = "# Runbook: X\n\n<!-- incident-policy disable-next-line IRP8009 -->\nFirst [a].\nSecond [b].\n";

        Assert.Equal(["4:7 suppressed", "5:8"], Analyze(text).Findings.Where(f => f.Id == "IRP8009").Select(f => $"{f.Position}{(f.IsSuppressed ? " suppressed" : string.Empty)}"));
    }

    [Fact]
    public void A_suppressed_error_does_not_count_as_an_error()
    {
        var analysis = Analyze("<!-- incident-policy disable IRP8001 -->\n# Runbook: X\n");

        Assert.Contains(analysis.Findings, f => f.Id == "IRP8001" && f.IsSuppressed);
        Assert.False(analysis.HasErrors);
    }

    [Fact]
    public void A_suppression_comment_inside_code_is_text()
    {
        var analysis = Analyze("# Runbook: X\n\n```html\n<!-- incident-policy disable IRP8009 -->\n```\n[a]\n");

        Assert.Contains(analysis.Reported, f => f.Id == "IRP8009");
    }

    [Fact]
    public void Positions_count_columns_from_one_and_lines_after_CRLF()
    {
        var analysis = DocumentAnalyzer.Analyze("x.md", "# Runbook: X\r\n\r\n  Text [a] here\r\n", new DocumentAnalysisOptions(At));

        Assert.Equal(new SourcePosition(3, 8), analysis.Findings.Single(f => f.Id == "IRP8009").Position);
    }

    [Fact]
    public void A_document_with_CR_line_ends_is_read_line_by_line_like_one_with_LF()
    {
        var lf = RunbookText.Clean.Swap("The orders error-rate alert fires.", "The [alert] fires.")
            .Swap("kubectl -n orders rollout restart deployment/orders", "echo restarting\nkubectl -n orders rollout restart deployment/orders")
            .Swap("**Rollback**: nothing to undo.", string.Empty);
        var cr = lf.Replace('\n', '\r');

        var expected = Describe(DocumentAnalyzer.Analyze("x.md", lf, new DocumentAnalysisOptions(At)));

        Assert.Contains("IRP8006", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Describe(DocumentAnalyzer.Analyze("x.md", cr, new DocumentAnalysisOptions(At))));
    }

    private static string Describe(DocumentAnalysis analysis) => string.Join("\n", analysis.Findings.Select(f => f.ToString()));

    [Fact]
    public void The_catalogue_lists_the_document_rules_in_the_Runbooks_range_and_the_policy_configures_them()
    {
        Assert.Equal([.. Enumerable.Range(8000, 11).Select(i => $"IRP{i}"), .. Enumerable.Range(8101, 12).Select(i => $"IRP{i}")], DocumentRules.All.Select(r => r.Id));
        Assert.All(DocumentRules.All, r => Assert.Equal(r.Id.StartsWith("IRP80", StringComparison.Ordinal) ? RuleCategories.Runbooks : RuleCategories.Reviews, r.Category));
        Assert.Equal("IRP8004", DocumentRules.Get("IRP8004").Id);
        Assert.Contains(ResponsePolicy.Default.Rules, r => r.Id == "IRP8010");
    }

    [Fact]
    public void An_unknown_rule_ID_is_refused_with_the_IDs_of_the_document_rules()
    {
        var refused = Assert.Throws<KeyNotFoundException>(() => DocumentRules.Get("IRP8200"));

        Assert.StartsWith("There is no document rule 'IRP8200'; the document rules are IRP8000, IRP8001, IRP8002, ", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith(", IRP8111, IRP8112.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kind_overrides_the_heading_and_the_heading_overrides_the_policy_paths()
    {
        var policy = ResponsePolicy.CreateBuilder().Documents(d => d with { Runbook = d.Runbook with { Paths = ["docs/**/*.md"] } }).Build();

        Assert.Equal(DocumentKind.Runbook, Analyze("# Post-Incident Review: X", kind: DocumentKind.Runbook).Kind);
        Assert.Equal(DocumentKind.Review, Analyze("# Runbook: X", policy, kind: DocumentKind.Review, path: "docs/x.md").Kind);
        Assert.Equal(DocumentKind.Review, Analyze("# Post-Incident Review: X", policy, path: "docs/reviews/x.md").Kind);
    }

    [Fact]
    public void Analyze_names_the_missing_argument()
    {
        var options = new DocumentAnalysisOptions(At);

        Assert.Throws<ArgumentNullException>("path", () => DocumentAnalyzer.Analyze(null!, "# Runbook: X", options));
        Assert.Throws<ArgumentNullException>("text", () => DocumentAnalyzer.Analyze("x.md", null!, options));
        Assert.Throws<ArgumentNullException>("options", () => DocumentAnalyzer.Analyze("x.md", "# Runbook: X", null!));
    }
}
