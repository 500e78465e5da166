using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Rules;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using NRules.Fluent.Dsl;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>Roslyn-style rules: every rule has a stable ID, a descriptor and a docs page; configuration names real rules.</summary>
public sealed class RuleCatalogueTests
{
    [Fact]
    public void The_catalogue_keeps_the_twelve_rules_of_the_semantics_with_their_categories_and_default_severities_in_ID_order()
    {
        // A subset, so that adding a rule touches only its own files; a rule lost or changed fails here.
        Assert.Subset(
            BuiltInRules.All.Select(r => $"{r.Id} {r.Category} {r.DefaultSeverity}").ToHashSet(),
            new HashSet<string>
            {
                "IRP1001 Triage Info", "IRP1002 Triage Error", "IRP1003 Triage Info", "IRP2001 Response Error",
                "IRP3001 Escalation Warning", "IRP4001 Notification Info", "IRP4002 Roles Warning", "IRP4003 Roles Warning",
                "IRP5001 Communication Warning", "IRP5002 Communication Info", "IRP6001 Resolution Warning", "IRP7001 Review Warning",
            });
        Assert.Equal(BuiltInRules.All.Select(r => r.Id).Order(StringComparer.Ordinal), BuiltInRules.All.Select(r => r.Id));
        Assert.Equal(["IRP1001"], BuiltInRules.All.Where(r => !r.IsConfigurable).Select(r => r.Id));
    }

    [Fact]
    public void Every_rule_class_tagged_with_an_ID_has_a_descriptor_and_every_descriptor_has_rule_classes()
    {
        var tags = typeof(PolicyEngine).Assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributesData())
            .Where(a => a.AttributeType == typeof(TagAttribute))
            .Select(a => (string)a.ConstructorArguments[0].Value!)
            .ToHashSet();

        // The checklist's item rules are keyed, not numbered: their one tag keeps them out of the policy engine (docs/checklist.md).
        Assert.True(tags.Remove("checklist"));
        Assert.Equal(BuiltInRules.All.Select(r => r.Id).Order(), tags.Order());
    }

    [Fact]
    public void Every_rule_owner_tags_itself_with_the_ID_of_its_descriptor()
    {
        var owners = typeof(PolicyEngine).Assembly.GetTypes().Where(t => !t.IsInterface && typeof(IBuiltInRule).IsAssignableFrom(t)).ToList();

        Assert.Equal(BuiltInRules.All.Length, owners.Count);
        Assert.All(owners, t =>
        {
            var descriptor = (RuleDescriptor)t.GetProperty(nameof(IBuiltInRule.Descriptor))!.GetValue(null)!;
            Assert.Equal(t.GetField("Id")!.GetRawConstantValue(), descriptor.Id);
            string Argument<TAttribute>() => (string)t.GetCustomAttributesData().Single(a => a.AttributeType == typeof(TAttribute)).ConstructorArguments[0].Value!;
            Assert.Equal(descriptor.Id, Argument<TagAttribute>());
            Assert.StartsWith(descriptor.Id + " ", Argument<NameAttribute>(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Each_file_of_the_rules_declares_one_type()
    {
        var declaration = new System.Text.RegularExpressions.Regex(
            @"^(public|internal)( sealed| abstract| static)* (class|record|interface|enum|struct) (\w+)", System.Text.RegularExpressions.RegexOptions.Multiline);
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "IncidentPolicy", "Rules"), "*.cs", SearchOption.AllDirectories);

        Assert.All(files, file =>
        {
            var names = declaration.Matches(File.ReadAllText(file)).Select(m => m.Groups[4].Value).Distinct().ToList();
            Assert.True(names.Count == 1, $"{Path.GetFileName(file)} declares {string.Join(", ", names)}");
            Assert.Equal(Path.GetFileNameWithoutExtension(file), names[0]);
        });
    }

    [Fact]
    public void Every_rule_and_every_policy_check_has_its_docs_page()
    {
        var root = RepositoryRoot();
        Assert.All([.. BuiltInRules.All, .. PolicyChecks.All, .. IncidentPolicy.Documents.DocumentRules.All], r =>
        {
            Assert.Equal($"docs/rules/{r.Id}.md", r.HelpLink);
            Assert.True(File.Exists(Path.Combine(root, r.HelpLink)), $"{r.HelpLink} is missing");
        });
    }

    [Theory]
    [InlineData("IRP9999", "$.rules.IRP9999")]
    [InlineData("IRP1001", "$.rules.IRP1001.severity")]
    public void Configuring_an_unknown_or_not_configurable_rule_is_refused(string id, string path)
    {
        var error = Assert.Throws<InvalidPolicyException>(() => Engines.With(new RuleSeverityOverrides(rules: [new(id, RuleSeverity.Warning)])));

        Assert.Equal(path, Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void The_engine_accepts_severities_for_the_policy_checks_and_their_category()
    {
        var overrides = new RuleSeverityOverrides(
            rules: [new("IRP9001", RuleSeverity.None)],
            categories: [new(RuleCategories.Configuration, RuleSeverity.Error)]);
        var p = ResponsePolicy.Default;

        var engine = new PolicyEngine(new ResponsePolicy(p.Levels, p.Classification, p.Calendar, p.RecipientChannels, overrides));

        Assert.Equal<RuleDescriptor>([.. BuiltInRules.All, .. IncidentPolicy.Policy.Checks.PolicyChecks.All, .. IncidentPolicy.Documents.DocumentRules.All], engine.Rules);
        Assert.Equal(
            Render.WithoutEvaluatedAt(Engines.Default.Evaluate(Incidents.Record("10:00", Incidents.P1Impact), T.Of("13:00"))),
            Render.WithoutEvaluatedAt(engine.Evaluate(Incidents.Record("10:00", Incidents.P1Impact), T.Of("13:00"))));
    }

    [Fact]
    public void A_rule_ID_overrides_its_category_which_overrides_all()
    {
        var overrides = new RuleSeverityOverrides(
            rules: [new("IRP5001", RuleSeverity.Info)],
            categories: [new(RuleCategories.Communication, RuleSeverity.Error)],
            all: RuleSeverity.None);

        var engine = Engines.With(overrides);
        var severities = engine.EffectiveSeverities.ToDictionary(p => p.Key.Id, p => p.Value);

        Assert.Equal(RuleSeverity.Info, severities["IRP5001"]);
        Assert.Equal(RuleSeverity.Error, severities["IRP5002"]);
        Assert.Equal(RuleSeverity.None, severities["IRP2001"]);
        Assert.Equal(RuleSeverity.Info, severities["IRP1001"]);
    }

    [Fact]
    public void Diagnostics_carry_their_configured_severity()
    {
        var engine = Engines.With(new RuleSeverityOverrides(categories: [new(RuleCategories.Communication, RuleSeverity.Error)]));

        var result = engine.Evaluate(Incidents.Record("10:00", Support.Incidents.P0Impact), T.Of("10:15"));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics, d => d.Id == "IRP5001").Severity);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IncidentPolicy.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("IncidentPolicy.sln not found above the test binaries.");
    }
}
