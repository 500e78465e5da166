using System;
using System.IO;
using System.Linq;
using IncidentPolicy.Cli.Tests.Support;
using IncidentPolicy.Diff;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary><c>incident-policy diff</c>: what a change of policy does to each record, as a plan or as JSON; exit 0 compared, 2 bad input.</summary>
public sealed class DiffCommandTests
{
    private const string ShorterP2Response = """{ "severities": { "P2": { "responseTime": "PT1H" } } }""";

    private static string[] Lines(ToolResult run) => run.Out.Split('\n');

    [Fact]
    public void Identical_policies_show_no_changes_for_every_record_of_a_folder()
    {
        var run = Tool.Run("diff", "--from", "default", "--to", "default", "samples/incidents");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var lines = Lines(run);
        Assert.Equal("Policy diff: default → default", lines[0]);
        var names = Directory.GetFiles(Repository.PathOf("samples", "incidents"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            names.Select(n => $"(samples/incidents/{n}): no changes"),
            lines.Where(l => l.StartsWith("INC-", StringComparison.Ordinal)).Select(l => l[l.IndexOf(" (samples/", StringComparison.Ordinal)..].TrimStart()));
        Assert.Equal($"{names.Count} incidents compared: no changes.", lines[^2]);
        Assert.DoesNotContain(lines, l => l.StartsWith("  ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shorter_response_time_shows_that_deadline_and_the_missed_response_moving_and_nothing_else()
    {
        using var files = new TempFiles();
        var policy = files.Write("faster.json", ShorterP2Response);

        var run = Tool.Run("diff", "--from", "default", "--to", policy, Samples.P2ClimbsToP0, "--for", "PT8H");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Equal(
            [
                $"Policy diff: default → {policy}",
                "+ only under the new policy, - only under the old policy, ~ changed",
                "",
                $"INC-2024-0315-2 \"Product search failing in the EU region\" at 2024-03-15T18:00:00Z ({Samples.P2ClimbsToP0})",
                "  ~ deadlines.responseBy: 2024-03-15T12:00:00Z → 2024-03-15T11:00:00Z",
                "  ~ diagnostic IRP2001 error at 2024-03-15T12:00:00Z → 2024-03-15T11:00:00Z: No acknowledgement by 2024-03-15T11:00:00Z: the P2 response time is 1h",
                "",
                "1 incident compared: 1 changed (2 changes: 2 changed), 0 unchanged.",
                "",
            ],
            Lines(run));
    }

    [Fact]
    public void Json_is_the_librarys_report_with_each_records_path()
    {
        using var files = new TempFiles();
        var policy = files.Write("faster.json", ShorterP2Response);

        var run = Tool.Run("diff", "--from", "default", "--to", policy, Samples.P2ClimbsToP0, Samples.PaymentsDown, "--format", "json");

        var engine = new PolicyEngine(PolicyJson.ReadOverride(ShorterP2Response));
        var expected = new[] { Samples.P2ClimbsToP0, Samples.PaymentsDown }
            .Select(path => PolicyDiff.Compare(PolicyEngine.Default, engine, Samples.Incident(path)) with { Source = path });
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PolicyDiffJson.WriteReport("default", policy, expected) + "\n", run.Out);
    }

    [Fact]
    public void At_compares_every_record_at_that_instant_and_for_each_record_that_long_after_its_detection()
    {
        var at = Tool.Run("diff", "--from", "default", "--to", Samples.London, Samples.PaymentsDown, "--at", "2024-03-15T14:30:00Z");
        var span = Tool.Run("diff", "--from", "default", "--to", Samples.London, Samples.PaymentsDown, "--for", "PT30M");
        var byDefault = Tool.Run("diff", "--from", "default", "--to", Samples.London, Samples.PaymentsDown);

        Assert.Contains("INC-2024-0315-1 \"Payments down\" at 2024-03-15T14:30:00Z (samples/incidents/payments-down-p1.json)", at.Out, StringComparison.Ordinal);
        Assert.Equal(at.Out, span.Out);
        // Without either, the last recorded event: the review completed the next morning.
        Assert.Contains("\"Payments down\" at 2024-03-16T10:00:00Z", byDefault.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_read_recursively_in_order_each_record_named_by_its_path_below_the_folder()
    {
        using var files = new TempFiles();
        Directory.CreateDirectory(Path.Combine(files.Folder, "sub"));
        files.Write("b.json", File.ReadAllText(Repository.PathOf(Samples.PaymentsDown)));
        files.Write(Path.Combine("sub", "a.json"), File.ReadAllText(Repository.PathOf(Samples.P2ClimbsToP0)));
        files.Write("notes.txt", "not a record");

        var run = Tool.Run("diff", "--from", "default", "--to", "default", files.Folder, Samples.PaymentsDown);

        Assert.Equal(0, run.ExitCode);
        var sources = Lines(run).Where(l => l.StartsWith("INC-", StringComparison.Ordinal)).Select(l => l[(l.LastIndexOf('(') + 1)..l.LastIndexOf(')')]);
        Assert.Equal([$"{files.Folder}/b.json", $"{files.Folder}/sub/a.json", Samples.PaymentsDown], sources);
        Assert.Equal("3 incidents compared: no changes.", Lines(run)[^2]);
    }

    [Fact]
    public void Invalid_policies_are_refused_with_the_problems_of_both_and_nothing_on_stdout()
    {
        using var files = new TempFiles();
        var from = files.Write("from.json", """{ "severities": { "P2": { "escalateAfter": "-PT1H" } } }""");
        var to = files.Write("to.json", """{ "rules": { "IRP0000": { "severity": "error" } } }""");

        var run = Tool.Run("diff", "--from", from, "--to", to, Samples.PaymentsDown);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains($"{from}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.severities.P2.escalateAfter: must be a positive duration", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{to}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.rules.IRP0000: unknown rule \"IRP0000\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_naming_a_level_the_new_policy_does_not_have_is_refused_naming_that_policy()
    {
        var run = Tool.Run("diff", "--from", "default", "--to", "samples/policies/sev1-sev3.json", Samples.PaymentsDown);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith(
            $"{Samples.PaymentsDown} (for --to samples/policies/sev1-sev3.json): Incident record 'INC-2024-0315-1' is invalid: $.events[",
            run.Error,
            StringComparison.Ordinal);
        Assert.Contains("\"P1\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_unreadable_record_missing_file_and_empty_folder_is_reported_at_once()
    {
        using var files = new TempFiles();
        var broken = files.Write("broken.json", """{ "id": "INC-9", "detectedAt": "2024-03-15T10:00:00Z", "impcat": {} }""");
        var empty = Directory.CreateDirectory(Path.Combine(files.Folder, "empty")).FullName;

        var run = Tool.Run("diff", "--from", "default", "--to", "default", broken, "missing.json", empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            [
                "missing.json: no such incident file or folder.",
                $"{empty}: the folder holds no incident record (*.json).",
                $"{broken}: Incident record 'INC-9' is invalid: $.impcat: unknown property \"impcat\"; did you mean \"impact\"?",
                "",
            ],
            run.Error.Split('\n'));
    }

    [Fact]
    public void An_instant_before_a_records_detection_is_refused_for_every_such_record()
    {
        var run = Tool.Run("diff", "--from", "default", "--to", "default", Samples.PaymentsDown, Samples.P2ClimbsToP0, "--at", "2024-03-15T09:00:00Z");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains($"{Samples.PaymentsDown}: --at 2024-03-15T09:00:00Z is before the incident was detected ($.detectedAt: 2024-03-15T14:00:00Z)", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{Samples.P2ClimbsToP0}: --at 2024-03-15T09:00:00Z is before the incident was detected ($.detectedAt: 2024-03-15T10:00:00Z)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "diff", "--from", "default", "samples/incidents" }, "--to")]
    [InlineData(new[] { "diff", "--from", "default", "--to", "default" }, "Required argument missing")]
    [InlineData(new[] { "diff", "--from", "default", "--to", "default", "samples/incidents", "--at", "2024-03-16T00:00:00Z", "--for", "P1D" }, "--at and --for cannot be used together")]
    [InlineData(new[] { "diff", "--from", "default", "--to", "default", "samples/incidents", "--format", "yaml" }, "yaml")]
    public void A_bad_command_line_exits_2_with_usage(string[] args, string mentioned)
    {
        var run = Tool.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains(mentioned, run.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'incident-policy diff --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_help_lists_diff_and_its_help_describes_the_arguments_and_options()
    {
        Assert.Contains("  diff ", Tool.Run("--help").Out, StringComparison.Ordinal);
        var run = Tool.Run("diff", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var symbol in new[] { "<incident-or-folder>...", "--from <default|policy.json>", "--to <default|policy.json>", "--at <instant>", "--for <duration>", "--format <text|json>" })
        {
            Assert.Contains(symbol, run.Out, StringComparison.Ordinal);
        }
    }
}
