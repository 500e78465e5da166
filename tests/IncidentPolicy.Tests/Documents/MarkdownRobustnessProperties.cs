using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Documents;
using IncidentPolicy.Tests.Properties;
using Xunit;

namespace IncidentPolicy.Tests.Documents;

/// <summary>The analyzers never throw, whatever Markdown they are given, and every finding lies inside the text.</summary>
public sealed class MarkdownRobustnessProperties
{
    private static readonly string[] Pieces =
    [
        "# Runbook: X", "# Post-Incident Review: Y", "## Steps", "## When to Use", "## Escalation", "### 1. Do", "### Escalate", "#### Rollback",
        "```bash", "```", "````", "~~~", "```sql", "kubectl rollout undo deployment/x", "DELETE FROM t;", "sudo rm -rf /", "$ ", "\\",
        "Expected: ok", "**Rollback**: none", "Last verified: 2026-01-01", "Last verified: 2026-13-45", "[team]", "[x]", "[^1]", "[a](b)", "[ref]:", "TODO",
        "| a | Status |", "|---|---|", "| TODO | TODO |", "|", "- item", "  - nested", "1. one", "> quote", "<!-- incident-policy disable IRP8009 -->",
        "<!-- incident-policy disable-next-line IRP8001", "-->", "---", "title: Runbook: Z", "last_verified: 2026-02-30", "<div>", "`code", "@handle", "#chan",
        "", " ", "\t", "\r", "é", "\u0000", "*", "_", "***", "[", "]", "(", "<", ">",
    ];

    private static Arbitrary<string> Documents => Arb.From(
        Gen.ListOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)))
            .SelectMany(parts => Gen.ListOf(Gen.Elements("\n", " ", "\r\n", string.Empty), parts.Count).Select(seps => string.Concat(parts.Zip(seps, (p, s) => p + s)))));

    [Invariant]
    public Property The_analyzer_never_throws_and_positions_lie_in_the_text() => Prop.ForAll(Documents, text =>
    {
        var lines = DocumentTestSupport.LineCount(text);
        foreach (DocumentKind? kind in new DocumentKind?[] { null, DocumentKind.Runbook, DocumentKind.Review })
        {
            var analysis = DocumentAnalyzer.Analyze("p.md", text, new DocumentAnalysisOptions(DocumentTestSupport.At) { Kind = kind });
            Assert.All(analysis.Findings, f => Assert.InRange(f.Position.Line, 1, lines));
            Assert.All(analysis.Findings, f => Assert.True(f.Position.Column >= 1));
            _ = DocumentSarif.Write([analysis], new DocumentSarifOptions("t", "1", new System.Uri("https://example.com/docs/")));
        }
    });
}
