using System;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Rules;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;
using static IncidentPolicy.Model.ImpactScope;
using static IncidentPolicy.Model.UsersAffected;

namespace IncidentPolicy.Tests.Policy.Checks;

/// <summary>The analyzer runs every policy check, with the severities the policy configures, in a stable order.</summary>
public sealed class PolicyAnalyzerTests
{
    /// <summary>Five findings whose checks run in another order than their paths sort.</summary>
    private static ResponsePolicy Questionable { get; } = ResponsePolicy.Default
        .WithLevel("P2", l => l with { Notify = [], UpdateCadence = Duration.FromHours(48) })
        .WithLevel("P0", l => l with { UpdateCadence = Duration.FromHours(1) })
        .WithCell(NonCore, All, "P3");

    [Fact]
    public void The_default_policy_has_no_diagnostics()
    {
        Assert.Empty(PolicyAnalyzer.Analyze(ResponsePolicy.Default));
    }

    [Fact]
    public void The_default_policy_has_no_diagnostics_even_with_every_check_an_error()
    {
        var policy = ResponsePolicy.Default.With(new RuleSeverityOverrides(categories: [new(RuleCategories.Configuration, RuleSeverity.Error)]));

        Assert.Empty(PolicyAnalyzer.Analyze(policy));
    }

    [Fact]
    public void Diagnostics_are_ordered_by_path_then_ID()
    {
        Assert.Equal(
            [
                "$.classification.nonCore.all IRP9004",
                "$.severities.P0.updateCadence IRP9005",
                "$.severities.P2.notify IRP9001",
                "$.severities.P2.updateCadence IRP9002",
                "$.severities.P2.updateCadence IRP9005",
            ],
            PolicyAnalyzer.Analyze(Questionable).Select(d => $"{d.Path} {d.Id}"));
    }

    [Fact]
    public void Each_diagnostic_carries_its_descriptor()
    {
        Assert.All(PolicyAnalyzer.Analyze(Questionable), d =>
        {
            Assert.Contains(d.Descriptor, PolicyChecks.All);
            Assert.Equal(d.Descriptor.Id, d.Id);
        });
    }

    [Fact]
    public void A_check_configured_none_reports_nothing_and_the_others_still_report()
    {
        var result = PolicyAnalyzer.Analyze(Questionable.WithRule("IRP9001", RuleSeverity.None));

        Assert.DoesNotContain(result, d => d.Id == "IRP9001");
        Assert.Equal(4, result.Length);
    }

    [Fact]
    public void A_check_configured_error_reports_errors()
    {
        var result = PolicyAnalyzer.Analyze(Questionable.WithRule("IRP9001", RuleSeverity.Error));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result, d => d.Id == "IRP9001").Severity);
        Assert.All(result.Where(d => d.Id != "IRP9001"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void An_informational_check_configured_warning_reports_warnings()
    {
        var policy = ResponsePolicy.Default
            .WithAddedLevel(new SeverityLevelPolicy(new("P4", 4), "Backlog", PolicyDuration.NextBusinessDay, Duration.FromDays(7), notify: ["assignedEngineer"]))
            .WithRule("IRP9003", RuleSeverity.Warning);

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(PolicyAnalyzer.Analyze(policy)).Severity);
    }

    [Fact]
    public void The_configuration_category_sets_every_check_and_a_rule_ID_wins_over_it()
    {
        var policy = Questionable.With(new RuleSeverityOverrides(
            rules: [new("IRP9004", RuleSeverity.Info)],
            categories: [new(RuleCategories.Configuration, RuleSeverity.Error)]));

        Assert.Equal(
            ["IRP9004 Info", "IRP9005 Error", "IRP9001 Error", "IRP9002 Error", "IRP9005 Error"],
            PolicyAnalyzer.Analyze(policy).Select(d => $"{d.Id} {d.Severity}"));
    }

    [Fact]
    public void All_rules_none_silences_every_check()
    {
        Assert.Empty(PolicyAnalyzer.Analyze(Questionable.With(new RuleSeverityOverrides(all: RuleSeverity.None))));
    }

    [Fact]
    public void Another_category_does_not_touch_the_checks()
    {
        var policy = Questionable.With(new RuleSeverityOverrides(categories: [new(RuleCategories.Communication, RuleSeverity.None)]));

        Assert.Equal(5, PolicyAnalyzer.Analyze(policy).Length);
    }

    [Fact]
    public void Every_check_class_is_run_once_and_its_Id_constant_names_its_descriptor()
    {
        var classes = typeof(IPolicyCheck).Assembly.GetTypes().Where(t => !t.IsInterface && typeof(IPolicyCheck).IsAssignableFrom(t));

        Assert.Equal(classes.OrderBy(t => t.Name, StringComparer.Ordinal), PolicyAnalyzer.Checks.Select(c => c.GetType()).OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.All(PolicyAnalyzer.Checks, c => Assert.Equal(c.GetType().GetField("Id")!.GetRawConstantValue(), c.Descriptor.Id));
    }

    [Fact]
    public void Analyzing_twice_gives_the_same_result()
    {
        Assert.Equal(PolicyAnalyzer.Analyze(Questionable).ToArray(), PolicyAnalyzer.Analyze(Questionable).ToArray());
    }

    [Fact]
    public void Analyzing_no_policy_is_refused_naming_the_argument()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => PolicyAnalyzer.Analyze(null!)).ParamName);
    }
}
