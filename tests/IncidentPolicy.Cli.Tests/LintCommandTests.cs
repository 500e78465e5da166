using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Cli.Tests.Support;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary><c>lint</c>: text and SARIF, exit codes 0/1/2, folders, and input it refuses.</summary>
public sealed class LintCommandTests
{
    private const string At = "--at=2026-03-15T12:00:00Z";
    private const string Good = "samples/runbooks/orders-error-rate.md";
    private const string Bad = "samples/runbooks/payments-queue-backlog.md";

    [Fact]
    public void A_clean_runbook_exits_0_with_a_count()
    {
        var result = Tool.Run("lint", Good, At);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("1 document linted: 0 errors, 0 warnings, 0 info.\n", result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_incident_given_with_an_instant_before_its_detection_is_bad_input_naming_the_file_and_detectedAt()
    {
        var run = Tool.Run("lint", "samples/reviews/payments-down-2024-03-15.md", "--incident", Samples.PaymentsDown, "--at", "2024-03-15T13:00:00Z");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"{Samples.PaymentsDown}: --at 2024-03-15T13:00:00Z is before the incident was detected ($.detectedAt: 2024-03-15T14:00:00Z)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_are_path_line_column_severity_ID_message_and_an_error_exits_1()
    {
        var result = Tool.Run("lint", Bad, At);
        var lines = result.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            "samples/runbooks/payments-queue-backlog.md:1:1: error IRP8001: the runbook has no '## Prerequisites' section (the policy's documents.runbook.sections: When to Use, Prerequisites, Steps, Escalation)",
            lines[0]);
        Assert.Contains("samples/runbooks/payments-queue-backlog.md:20:32: warning IRP8009: placeholder 'TODO' left in the text: write what it stands for", lines);
        Assert.Equal("1 document linted: 1 error, 9 warnings, 1 info.", lines[^1]);
    }

    [Fact]
    public void A_policy_that_turns_the_error_off_exits_0()
    {
        using var files = new TempFiles();
        var policy = files.Write("p.json", """{ "rules": { "IRP8001": { "severity": "none" } } }""");

        var result = Tool.Run("lint", Bad, At, "--policy", policy);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("IRP8001", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_read_recursively_and_files_of_neither_kind_are_skipped_silently()
    {
        var result = Tool.Run("lint", "samples/runbooks", At);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain("IRP8000", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("orders-error-rate", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("2 documents linted: 1 error, 9 warnings, 1 info.\n", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_that_is_neither_kind_gets_IRP8000_and_kind_overrides_it()
    {
        var named = Tool.Run("lint", "samples/runbooks/alert-layout/OrdersLatencyHigh.md", At);
        var asRunbook = Tool.Run("lint", "samples/runbooks/alert-layout/OrdersLatencyHigh.md", At, "--kind", "runbook");

        Assert.Contains("OrdersLatencyHigh.md:7:1: info IRP8000:", named.Out, StringComparison.Ordinal);
        Assert.Equal(0, named.ExitCode);
        Assert.Contains("error IRP8001", asRunbook.Out, StringComparison.Ordinal);
        Assert.Equal(1, asRunbook.ExitCode);
    }

    [Fact]
    public void The_alert_layout_policy_lints_its_folder_clean()
    {
        var result = Tool.Run("lint", "samples/runbooks/alert-layout", At, "--policy", "samples/runbooks/alert-layout/incident-policy.json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("1 document linted: 0 errors, 0 warnings, 0 info.\n", result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Sarif_lists_the_results_with_paths_relative_to_the_working_directory()
    {
        var result = Tool.Run("lint", Bad, Good, At, "--format", "sarif");
        using var log = JsonDocument.Parse(result.Out);
        var run = log.RootElement.GetProperty("runs")[0];

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        Assert.All(run.GetProperty("results").EnumerateArray(), r =>
            Assert.Equal(Bad, r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
        Assert.StartsWith("https://", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("helpUri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_or_a_folder_without_Markdown_exits_2_naming_it()
    {
        using var files = new TempFiles();
        files.Write("notes.txt", "text");

        var missing = Tool.Run("lint", "no/such/runbook.md", At);
        var empty = Tool.Run("lint", files.Folder, At);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no/such/runbook.md: no such file or folder.", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains($"{files.Folder}: the folder holds no Markdown file (*.md) to lint.", empty.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_policy_exits_2_naming_the_file_and_the_place()
    {
        using var files = new TempFiles();
        var policy = files.Write("p.json", """{ "documents": { "runbookMaxAge": "soon" } }""");

        var result = Tool.Run("lint", Good, At, "--policy", policy);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.documents.runbookMaxAge", result.Error, StringComparison.Ordinal);
        Assert.Contains("p.json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_non_UTF8_and_oversized_files_are_refused_clearly_and_the_others_still_linted()
    {
        using var files = new TempFiles();
        var binary = Path.Combine(files.Folder, "binary.md");
        File.WriteAllBytes(binary, [0x23, 0x20, 0x00, 0x01]);
        var latin1 = Path.Combine(files.Folder, "latin1.md");
        File.WriteAllBytes(latin1, [0x23, 0x20, 0x52, 0xE9, 0x73]);
        var big = files.Write("big.md", "# Runbook: Big\n" + new string('x', 200));
        var small = files.Write("small.md", "# Runbook: Small\n");

        var result = Tool.Run("lint", binary, latin1, big, small, At, "--max-file-size", "100");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("binary.md: refused: a binary file (a NUL byte at offset 2), not a Markdown document.", result.Error, StringComparison.Ordinal);
        Assert.Contains("latin1.md: refused: not UTF-8 text (a byte at offset 3 is not valid UTF-8), not a Markdown document.", result.Error, StringComparison.Ordinal);
        Assert.Contains("big.md: refused: 215 bytes is over the size limit of 100 bytes for one document (raise it with --max-file-size <bytes>).", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 document linted", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_findings_leave_the_text_and_the_exit_code()
    {
        using var files = new TempFiles();
        var runbook = files.Write("r.md", "<!-- incident-policy disable IRP8001 -->\n# Runbook: X\n");

        var result = Tool.Run("lint", runbook, At);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("IRP8001", result.Out, StringComparison.Ordinal);
        Assert.Contains("suppressed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_command_lists_the_document_rules()
    {
        var result = Tool.Run("rules");

        Assert.Contains(result.Out.ReplaceLineEndings("\n").Split('\n'), l => l.StartsWith("IRP8004", StringComparison.Ordinal) && l.Contains("Runbooks", StringComparison.Ordinal));
        Assert.Contains("# IRP8004: Commands say what they should output", Tool.Run("explain", "irp8004").Out, StringComparison.Ordinal);
    }
}
