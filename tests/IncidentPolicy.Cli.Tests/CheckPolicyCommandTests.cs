using System;
using IncidentPolicy.Cli.Tests.Support;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary><c>incident-policy check-policy</c>: exit code 2 for an invalid policy, 0 for a valid one whatever the policy checks say.</summary>
public sealed class CheckPolicyCommandTests
{
    [Fact]
    public void A_valid_policy_without_findings_exits_0()
    {
        var run = Tool.Run("check-policy", Samples.London);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{Samples.London}: valid; the policy checks (IRP9xxx) report nothing.\n", run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void A_questionable_policy_prints_its_diagnostics_with_their_paths_and_still_exits_0()
    {
        using var files = new TempFiles();
        var policy = files.Write("silent-p2.json", """{ "severities": { "P2": { "notify": [] } } }""");

        var run = Tool.Run("check-policy", policy);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid, with 1 diagnostic from the policy checks (IRP9xxx); they do not fail the check:", run.Out, StringComparison.Ordinal);
        Assert.Contains("  $.severities.P2.notify  IRP9001 warning: P2 notifies nobody", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_policy_exits_2_listing_every_problem_with_its_json_path()
    {
        using var files = new TempFiles();
        var policy = files.Write("bad.json", """{ "severities": { "P2": { "escalateAfter": "-PT1H" } }, "rules": { "IRP0000": { "severity": "none" } } }""");

        var run = Tool.Run("check-policy", policy);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"{policy}: The policy has 2 problems:", run.Error, StringComparison.Ordinal);
        Assert.Contains("  $.severities.P2.escalateAfter: must be a positive duration, got \"-PT1H\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("  $.rules.IRP0000: unknown rule \"IRP0000\"; expected IRP1001", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_or_a_missing_file_exits_2_naming_the_file()
    {
        using var files = new TempFiles();
        var policy = files.Write("broken.json", "{ \"severities\": ");

        var malformed = Tool.Run("check-policy", policy);
        var missing = Tool.Run("check-policy", "no-such-policy.json");

        Assert.Equal((2, 2), (malformed.ExitCode, missing.ExitCode));
        Assert.StartsWith($"{policy}: The policy is invalid: $: malformed JSON at line 1", malformed.Error, StringComparison.Ordinal);
        Assert.Equal("no-such-policy.json: no such policy file.\n", missing.Error);
    }
}
