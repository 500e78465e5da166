using System.IO;
using System.Linq;
using IncidentPolicy.Documents;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Documents.DocumentTestSupport;

namespace IncidentPolicy.Tests.Documents;

/// <summary>The policy's documents section: read with located problems, written back, and the alert-runbook layout of docs/documents.md.</summary>
public sealed class DocumentSettingsJsonTests
{
    [Fact]
    public void The_documents_section_sets_the_layout_the_commands_and_the_age()
    {
        var policy = PolicyJson.ReadOverride("""
            { "documents": {
                "changingCommands": ["ansible-playbook"],
                "changingCommandsReplace": ["kubectl delete"],
                "runbook": { "sections": ["Meaning"], "stepsSection": "Mitigation", "paths": ["rb/*.md"] },
                "runbookMaxAge": "P30D" } }
            """);

        Assert.Equal(["kubectl delete", "ansible-playbook"], policy.Documents.ChangingCommands.ToArray());
        Assert.Equal(["Meaning"], policy.Documents.Runbook.Sections.ToArray());
        Assert.Equal("Mitigation", policy.Documents.Runbook.StepsSection);
        Assert.Equal(["rb/*.md"], policy.Documents.Runbook.Paths.ToArray());
        Assert.Equal(Duration.FromDays(30), policy.Documents.RunbookMaxAge);
        Assert.Equal(DocumentSettings.Default, ResponsePolicy.Default.Documents);
    }

    [Fact]
    public void Every_problem_of_the_section_is_reported_with_its_path()
    {
        var error = Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride("""
            { "documents": {
                "changingCommands": ["... rm", "kubectl |x", 3],
                "runbook": { "sections": [" "], "stepsSection": "", "pathz": [] },
                "runbookMaxAge": "PT0S",
                "reviewz": 1 } }
            """));

        Assert.Equal(
            [
                "$.documents.changingCommands[0]",
                "$.documents.changingCommands[1]",
                "$.documents.changingCommands[2]",
                "$.documents.reviewz",
                "$.documents.runbook.pathz",
                "$.documents.runbook.sections[0]",
                "$.documents.runbook.stepsSection",
                "$.documents.runbookMaxAge",
            ],
            error.Problems.Select(p => p.Path).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_whole_policy_writes_the_settings_that_differ_and_reads_back_the_same()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .Documents(d => d with { RunbookMaxAge = Duration.FromDays(7), Runbook = d.Runbook with { Paths = ["x/*.md"] } })
            .Build();

        var json = PolicyJson.Write(policy);

        Assert.Contains("\"runbookMaxAge\": \"P7D\"", json, System.StringComparison.Ordinal);
        Assert.Equal(policy, PolicyJson.Read(json));
        Assert.DoesNotContain("\"documents\"", PolicyJson.Write(ResponsePolicy.Default), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_layout_and_the_runbook_paths_are_written_only_when_they_say_something()
    {
        var ageOnly = ResponsePolicy.CreateBuilder().Documents(d => d with { RunbookMaxAge = Duration.FromDays(7) }).Build();
        var ignoring = ResponsePolicy.CreateBuilder().Documents(d => d with { Review = d.Review with { IgnoreNames = ["Appendix"] } }).Build();
        var sectionsOnly = ResponsePolicy.CreateBuilder().Documents(d => d with { Review = d.Review with { Sections = ["Summary", "Timeline"] } }).Build();

        var ageOnlyJson = PolicyJson.Write(ageOnly, indented: false);
        var ignoringJson = PolicyJson.Write(ignoring, indented: false);
        var sectionsOnlyJson = PolicyJson.Write(sectionsOnly, indented: false);

        Assert.DoesNotContain("\"paths\"", ageOnlyJson, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"review\"", ageOnlyJson, System.StringComparison.Ordinal);
        Assert.Contains("\"ignoreNames\":[\"Appendix\"]}", ignoringJson, System.StringComparison.Ordinal);
        Assert.Contains("\"review\":{\"sections\":[\"Summary\",\"Timeline\"]}", sectionsOnlyJson, System.StringComparison.Ordinal);
        Assert.Equal([ageOnly, ignoring, sectionsOnly], new[] { ageOnlyJson, ignoringJson, sectionsOnlyJson }.Select(json => PolicyJson.Read(json)));
    }

    [Fact]
    public void The_settings_refuse_invalid_values_set_in_code()
    {
        var error = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.CreateBuilder().Documents(d => d with { ChangingCommands = [""] }).Build());

        Assert.Equal("$.documents.changingCommands[0]", Assert.Single(error.Problems).Path);
        Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.Default with { Documents = DocumentSettings.Default with { RunbookMaxAge = Duration.Zero } });
    }

    [Fact]
    public void The_alert_layout_configuration_of_the_docs_is_the_sample_and_lints_its_runbook_clean()
    {
        var sample = File.ReadAllText(Repository.PathOf("samples", "runbooks", "alert-layout", "incident-policy.json"));
        var docs = File.ReadAllText(Repository.PathOf("docs", "documents.md")).ReplaceLineEndings("\n");
        Assert.Contains("```json\n" + sample.ReplaceLineEndings("\n").TrimEnd() + "\n```", docs, System.StringComparison.Ordinal);

        var policy = PolicyJson.ReadOverride(sample);
        var runbook = File.ReadAllText(Repository.PathOf("samples", "runbooks", "alert-layout", "OrdersLatencyHigh.md"));
        var analysis = Analyze(runbook, policy, path: "samples/runbooks/alert-layout/OrdersLatencyHigh.md");

        Assert.Equal(DocumentKind.Runbook, analysis.Kind);
        Assert.Empty(analysis.Findings);
        Assert.Equal(["7:1 IRP8000"], Lines(Analyze(runbook, path: "samples/runbooks/alert-layout/OrdersLatencyHigh.md")));
    }

    [Fact]
    public void The_alert_layout_still_finds_what_is_missing()
    {
        var policy = PolicyJson.ReadOverride(File.ReadAllText(Repository.PathOf("samples", "runbooks", "alert-layout", "incident-policy.json")));
        var runbook = "---\ntitle: X\n---\n# X\n\n## Meaning\nIt fires.\n\n## Mitigation\n```bash\nkubectl -n x scale deploy/x --replicas=3\n```\n";

        var analysis = Analyze(runbook, policy, path: "runbooks/X.md");

        Assert.Equal(["4:1 IRP8001", "4:1 IRP8001", "4:1 IRP8007", "9:1 IRP8005", "9:1 IRP8006", "10:1 IRP8004"], Lines(analysis));
    }

    [Fact]
    public void The_sample_runbooks_lint_as_documented()
    {
        var good = File.ReadAllText(Repository.PathOf("samples", "runbooks", "orders-error-rate.md"));
        var bad = File.ReadAllText(Repository.PathOf("samples", "runbooks", "payments-queue-backlog.md"));

        Assert.Empty(Analyze(good).Findings);
        Assert.Equal(
            ["IRP8001", "IRP8003", "IRP8004", "IRP8005", "IRP8006", "IRP8007", "IRP8009", "IRP8010"],
            Analyze(bad).Findings.Select(f => f.Id).Distinct().Order(System.StringComparer.Ordinal));
    }
}
