using System;
using IncidentPolicy.Cli.Tests.Support;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary>Help for every command and option (System.CommandLine), exit code 0.</summary>
public sealed class HelpTests
{
    [Fact]
    public void The_root_help_lists_every_command_and_the_exit_codes()
    {
        var run = Tool.Run("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "evaluate", "simulate", "rules", "explain", "check-policy", "policy", "lint", "review", "checklist", "advise", "message", "diff", "test" })
        {
            Assert.Contains($"  {command} ", run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes: 0 done", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", new[] { "<incident.json>", "--at <instant>", "--policy <policy.json>", "--format <text|json>" })]
    [InlineData("simulate", new[] { "<incident.json>", "--until <instant>", "--for <duration>", "--policy <policy.json>", "--format <text|json|mermaid>" })]
    [InlineData("review", new[] { "<incident.json>", "--at <instant>", "--policy <policy.json>" })]
    [InlineData("rules", new[] { "--policy <policy.json>" })]
    [InlineData("explain", new[] { "<ID>" })]
    [InlineData("check-policy", new[] { "<policy.json>" })]
    [InlineData("policy", new[] { "--policy <policy.json>", "--format <json|text>", "Default: json" })]
    [InlineData("lint", new[] { "<file-or-folder>...", "--kind <runbook|review>", "--policy <policy.json>", "--at <instant>", "--format <text|sarif>", "--max-file-size <bytes>" })]
    public void Each_command_describes_its_arguments_and_options(string command, string[] symbols)
    {
        var run = Tool.Run(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"incident-policy {command}", run.Out, StringComparison.Ordinal);
        foreach (var symbol in symbols)
        {
            Assert.Contains(symbol, run.Out, StringComparison.Ordinal);
        }
    }
}
