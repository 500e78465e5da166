using System;
using System.Linq;
using IncidentPolicy.Cli.Tests.Support;
using IncidentPolicy.Evaluation;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary><c>incident-policy rules</c>: the catalogue with the severities in force.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public void Every_rule_of_the_engine_is_listed_with_its_severity_category_and_title()
    {
        var run = Tool.Run("rules");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Rules of the default policy\n", run.Out, StringComparison.Ordinal);
        foreach (var rule in PolicyEngine.Default.Rules)
        {
            Assert.Contains(run.Out.Split('\n'), line => line.StartsWith(rule.Id, StringComparison.Ordinal) && line.Contains(rule.Title, StringComparison.Ordinal));
        }

        Assert.Contains("IRP3001  warning   warning   Escalation     Unresolved incidents escalate", run.Out, StringComparison.Ordinal);
        Assert.Contains("IRP9001  warning   warning   Configuration  Every level notifies someone", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_show_as_the_severity_in_force_marked_as_changed()
    {
        using var files = new TempFiles();
        var policy = files.Write("quiet.json", """{ "rules": { "IRP3001": { "severity": "none" } }, "categories": { "Communication": { "severity": "error" } } }""");

        var run = Tool.Run("rules", "--policy", policy);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Rules of the default policy with {policy}", run.Out, StringComparison.Ordinal);
        Assert.Contains("IRP3001  none      warning*  Escalation", run.Out, StringComparison.Ordinal);
        Assert.Contains("IRP5001  error     warning*  Communication", run.Out, StringComparison.Ordinal);
        Assert.Contains("IRP2001  error     error     Response", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_policy_is_bad_input()
    {
        using var files = new TempFiles();
        var policy = files.Write("bad.json", """{ "rules": { "IRP3001": { "severity": "loud" } } }""");

        var run = Tool.Run("rules", "--policy", policy);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{policy}: The policy is invalid: $.rules.IRP3001.severity:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_lists_each_rule_once()
    {
        var run = Tool.Run("rules");

        var ids = run.Out.Split('\n').Where(l => l.StartsWith("IRP", StringComparison.Ordinal)).Select(l => l[..7]).ToList();
        Assert.Equal(PolicyEngine.Default.Rules.Select(r => r.Id), ids);
    }
}
