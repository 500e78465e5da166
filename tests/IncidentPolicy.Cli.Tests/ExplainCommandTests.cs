using System;
using System.IO;
using System.Linq;
using IncidentPolicy.Cli.Tests.Support;
using IncidentPolicy.Evaluation;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary><c>incident-policy explain</c>: the rule pages of docs/rules, embedded in the tool.</summary>
public sealed class ExplainCommandTests
{
    [Fact]
    public void It_prints_the_rules_page_as_it_is_in_docs_rules_whatever_the_case_of_the_id()
    {
        var run = Tool.Run("explain", "irp3001");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Repository.PathOf("docs", "rules", "IRP3001.md")).ReplaceLineEndings("\n"), run.Out);
    }

    [Fact]
    public void Every_page_of_docs_rules_is_embedded_and_every_rule_of_the_catalogue_has_one()
    {
        var pages = Directory.GetFiles(Repository.PathOf("docs", "rules"), "IRP*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(pages, RuleDocs.Ids);
        Assert.All(PolicyEngine.Default.Rules, rule => Assert.NotNull(RuleDocs.Page(rule.Id)));
    }

    [Fact]
    public void An_unknown_id_is_bad_input_listing_the_known_ids()
    {
        var run = Tool.Run("explain", "IRP0042");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal($"incident-policy explain: unknown rule ID 'IRP0042'. Known IDs: {string.Join(", ", RuleDocs.Ids)}.\n", run.Error);
    }
}
