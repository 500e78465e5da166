using System;
using IncidentPolicy.Cli.Tests.Support;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary><c>incident-policy policy</c>: the policy in force, as a whole document (the default) or a summary for people.</summary>
public sealed class PolicyCommandTests
{
    [Fact]
    public void Without_a_policy_it_prints_the_default_policy_as_a_whole_document()
    {
        var run = Tool.Run("policy");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(PolicyJson.Write(ResponsePolicy.Default) + "\n", run.Out);
        Assert.StartsWith("{\n  \"extends\": \"none\",", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_output_passed_back_with_policy_gives_the_same_policy_and_the_same_output()
    {
        using var files = new TempFiles();
        var first = Tool.Run("policy", "--policy", Samples.London);
        var saved = files.Write("effective.json", first.Out);

        var second = Tool.Run("policy", "--policy", saved);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(first.Out, second.Out);
        Assert.Equal(Samples.Policy(Samples.London), PolicyJson.ReadOverride(second.Out));
    }

    [Fact]
    public void A_whole_policy_with_other_levels_is_printed_without_the_default_levels()
    {
        var run = Tool.Run("policy", "--policy", "samples/policies/sev1-sev3.json", "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  SEV2   2     Major     30m                1h             to SEV1 after 4h  15m           7d", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("P0", run.Out, StringComparison.Ordinal);
        Assert.Contains("  time zone      Europe/Berlin", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_summary_shows_levels_matrix_recipients_calendar_and_rule_settings()
    {
        var run = Tool.Run("policy", "--policy", "samples/policies/spec-example.json", "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("The policy of samples/policies/spec-example.json\n\nLevels, most severe first\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  P2     2     Partial Impact     1h                 1h             to P1 after 3h  30m           7d", run.Out, StringComparison.Ordinal);
        Assert.Contains("  outage                P0   P1    P1      P2", run.Out, StringComparison.Ordinal);
        Assert.Contains("  teamLead             by chat", run.Out, StringComparison.Ordinal);
        Assert.Contains("  holidays       2024-12-25", run.Out, StringComparison.Ordinal);
        Assert.Contains("  rule IRP3001  none", run.Out, StringComparison.Ordinal);
        Assert.Contains("  category Communication  error", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_policy_exits_2_with_every_problem_and_nothing_on_stdout()
    {
        using var files = new TempFiles();
        var bad = files.Write("bad.json", """{ "extends": "none", "severities": { "SEV1": { "rank": 1, "responseTme": "PT15M", "updateCadence": "PT30M" } } }""");

        var run = Tool.Run("policy", "--policy", bad);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"{bad}: The policy has 21 problems:", run.Error, StringComparison.Ordinal);
        Assert.Contains("  $.severities.SEV1.responseTme: unknown property \"responseTme\"; did you mean \"responseTime\"?", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("$.severities.SEV1.responseTime:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_an_unknown_format_exits_2()
    {
        var missing = Tool.Run("policy", "--policy", "no-such-policy.json");
        var format = Tool.Run("policy", "--format", "yaml");

        Assert.Equal((2, 2), (missing.ExitCode, format.ExitCode));
        Assert.Equal("no-such-policy.json: no such policy file.\n", missing.Error);
        Assert.Empty(format.Out);
    }
}
