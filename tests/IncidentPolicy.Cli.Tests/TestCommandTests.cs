using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using IncidentPolicy.Cli.Tests.Support;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary><c>incident-policy test</c>: exit 0 when every case passes, 1 when one fails (with what differed), 2 for bad input (nothing run).</summary>
public sealed class TestCommandTests
{
    private const string Incident = """{ "id": "T-1", "title": "Checkout slow", "detectedAt": "2024-03-15T14:00:00Z", "impact": { "usersAffected": "subset", "scope": "coreDegraded" } }""";

    [Fact]
    public void The_sample_policy_tests_pass()
    {
        var run = Tool.Run("test", "samples/policy-tests");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("samples/policy-tests/default-policy.policytest.json\n  PASS  IRP1001: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("samples/policy-tests/london.policytest.json\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("\n21 passed, 0 failed\n", run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void The_default_policy_samples_have_a_case_for_every_engine_rule()
    {
        var run = Tool.Run("rules");
        var ids = run.Out.Split('\n').Select(l => l.Trim().Split(' ')[0]).Where(w => w.StartsWith("IRP", StringComparison.Ordinal) && w.Length == 7 && w[3] < '8').Distinct().ToList();
        var samples = File.ReadAllText(Repository.PathOf("samples", "policy-tests", "default-policy.policytest.json"));

        Assert.Equal(14, ids.Count);
        Assert.All(ids, id => Assert.Contains($"\"name\": \"{id}: ", samples, StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_case_exits_1_showing_the_field_what_was_expected_and_what_the_evaluation_says()
    {
        using var files = new TempFiles();
        var file = files.Write("p2.policytest.json", $$"""{ "cases": [ { "name": "a P2", "incident": {{Incident}}, "at": "2024-03-15T14:00:00Z", "expect": { "severity": "P1", "status": "open" } } ] }""");

        var run = Tool.Run("test", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"{Display(file)}\n  FAIL  a P2\n        severity: expected \"P1\", got \"P2\"  ($.cases[0].expect.severity)\n0 passed, 1 failed\n",
            run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Junit_output_is_xml_with_a_testcase_per_case_and_the_same_exit_code()
    {
        using var files = new TempFiles();
        var file = files.Write("p2.policytest.json", $$"""
            { "cases": [ { "name": "passes", "incident": {{Incident}}, "at": "2024-03-15T14:00:00Z", "expect": { "severity": "P2" } },
                         { "name": "fails", "incident": {{Incident}}, "at": "2024-03-15T14:00:00Z", "expect": { "severity": "P3" } } ] }
            """);

        var run = Tool.Run("test", file, "--format", "junit");

        Assert.Equal(1, run.ExitCode);
        var report = XDocument.Parse(run.Out);
        Assert.Equal(("2", "1"), (report.Root!.Attribute("tests")!.Value, report.Root.Attribute("failures")!.Value));
        var cases = report.Descendants("testcase").ToList();
        Assert.Equal(["passes", "fails"], cases.Select(c => c.Attribute("name")!.Value));
        Assert.Equal("severity: expected \"P3\", got \"P2\"", cases[1].Element("failure")!.Attribute("message")!.Value);
        Assert.DoesNotContain('\r', run.Out);
    }

    [Fact]
    public void Bad_input_exits_2_listing_every_problem_of_every_file_and_runs_nothing()
    {
        using var files = new TempFiles();
        var broken = files.Write("broken.policytest.json", """{ "cases": [ { "name": "a", "incident": "incidents/missing.json", "at": "2024-03-15T14:00:00Z", "expect": { "severity": "SEV9" } } ] }""");
        var policy = files.Write("bad-policy.policytest.json", $$"""{ "policy": { "severities": { "P2": { "escalateAfter": "-PT1H" } } }, "cases": [ { "name": "a", "incident": {{Incident}}, "at": "2024-03-15T14:00:00Z", "expect": { "status": "open" } } ] }""");

        var run = Tool.Run("test", broken, policy, "no-such-folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            "no-such-folder: no such file or folder.\n"
            + $"{Display(broken)}: The policy test file has 2 problems:\n"
            + "  $.cases[0].incident: no such incident file \"incidents/missing.json\" (paths are relative to the test file's folder)\n"
            + "  $.cases[0].expect.severity: unknown level \"SEV9\"; expected P0, P1, P2 or P3\n"
            + $"{Display(policy)}: The policy test file is invalid: $.policy.severities.P2.escalateAfter: must be a positive duration, got \"-PT1H\"\n",
            run.Error);
    }

    [Fact]
    public void A_folder_runs_only_its_policytest_json_files_and_a_folder_without_any_is_bad_input()
    {
        using var files = new TempFiles();
        files.Write("incident.json", Incident);
        files.Write("b.policytest.json", """{ "cases": [ { "name": "b", "incident": "incident.json", "at": "2024-03-15T14:00:00Z", "expect": { "severity": "P2" } } ] }""");
        files.Write("a.policytest.json", """{ "cases": [ { "name": "a", "incident": "incident.json", "at": "2024-03-15T14:00:00Z", "expect": { "status": "open" } } ] }""");
        var empty = Directory.CreateDirectory(Path.Combine(files.Folder, "empty")).FullName;

        var run = Tool.Run("test", files.Folder);
        var none = Tool.Run("test", empty);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["a.policytest.json", "b.policytest.json"], run.Out.Split('\n').Where(l => l.EndsWith(".policytest.json", StringComparison.Ordinal)).Select(Path.GetFileName));
        Assert.Equal(2, none.ExitCode);
        Assert.Equal($"{empty}: the folder holds no policy test file (*.policytest.json).\n", none.Error);
    }

    [Fact]
    public void The_help_describes_the_command_and_its_exit_codes()
    {
        var root = Tool.Run("--help");
        var help = Tool.Run("test", "--help");

        Assert.Contains("  test ", root.Out, StringComparison.Ordinal);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("<file-or-folder>...", help.Out, StringComparison.Ordinal);
        Assert.Contains("--format <text|junit>", help.Out, StringComparison.Ordinal);
        Assert.Contains("0 every case passed, 1 a case failed, 2 bad input", help.Out, StringComparison.Ordinal);
    }

    /// <summary>A file's path as the tool shows it: relative to its working directory, the repository root.</summary>
    private static string Display(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');
}
