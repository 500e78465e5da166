using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Custom;

/// <summary>Users add their own NRules rules with their own descriptors, evaluated and configured like the built-in ones.</summary>
public sealed class CustomRuleTests
{
    private static readonly IncidentRecord Untitled = new("INC-7", "  ", T.Of("10:00"), Incidents.P2Impact);

    [Fact]
    public void A_custom_rule_reports_with_its_own_descriptor_and_default_severity()
    {
        var engine = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<TitleRequiredRule>().Build());

        var diagnostic = Assert.Single(engine.Evaluate(Untitled, T.Of("10:00")).Diagnostics);

        Assert.Equal(("ACME1001", DiagnosticSeverity.Warning, T.Of("10:00")), (diagnostic.Id, diagnostic.Severity, diagnostic.At));
        Assert.Equal("Incident INC-7 has no title: its channel name says nothing", diagnostic.Message);
        Assert.Same(TitleRequiredRule.TitleRequired, diagnostic.Descriptor);
        Assert.Contains(engine.Rules, r => r.Id == "ACME1001");
    }

    [Fact]
    public void A_custom_rule_without_a_descriptor_is_refused_when_it_is_made()
    {
        Assert.Equal("descriptor", Assert.Throws<System.ArgumentNullException>(() => new DescriptorlessRule()).ParamName);
    }

    [Fact]
    public void A_custom_rule_fired_by_a_plain_NRules_session_says_it_reports_only_in_a_policy_engine()
    {
        // A user who tries the rule on NRules alone gets told why it cannot report there, not a NullReferenceException.
        var repository = new NRules.Fluent.RuleRepository();
        repository.Load(spec => spec.From(typeof(TitleRequiredRule)));
        var session = new NRules.RuleCompiler().Compile(repository.GetRuleSets()).CreateSession();
        session.Insert(new IncidentPolicy.Rules.Facts.IncidentDetected(Untitled));

        var thrown = Assert.ThrowsAny<System.Exception>(() => session.Fire());

        var refusal = Assert.IsType<System.InvalidOperationException>(thrown.InnerException);
        Assert.Equal("TitleRequiredRule reports only when compiled by a PolicyEngine.", refusal.Message);
    }

    [Fact]
    public void A_custom_rule_tells_the_classification_at_detection_from_a_later_change()
    {
        var engine = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<LevelEnteredRule>().Build());
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new IncidentPolicy.Model.Events.SeverityAssigned(T.Of("10:10"), "P1"));

        var logged = engine.Evaluate(incident, T.Of("10:20")).Diagnostics.Where(d => d.Id == "ACME3001").Select(d => (d.At, d.Message));

        Assert.Equal([(T.Of("10:00"), "classified at detection: P2"), (T.Of("10:10"), "changed: P1")], logged);
    }

    [Fact]
    public void A_custom_rule_is_silent_when_its_condition_does_not_hold()
    {
        var engine = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<TitleRequiredRule>().Build());

        Assert.Empty(engine.Evaluate(Untitled with { Title = "Search degraded" }, T.Of("10:00")).Diagnostics);
    }

    [Fact]
    public void A_custom_rule_sees_level_changes_made_by_the_built_in_rules()
    {
        var engine = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<P0ReachedRule>().Build());

        var result = engine.Evaluate(Incidents.Record("10:00", Incidents.P2Impact), T.Of("16:00"));

        var flagged = Assert.Single(result.Diagnostics, d => d.Id == "ACME2001");
        Assert.Equal((T.Of("16:00"), "the incident reached P0 (P1 unresolved for 2h)"), (flagged.At, flagged.Message));
    }

    [Fact]
    public void A_custom_rule_is_configured_like_a_built_in_one_also_from_JSON()
    {
        var builder = ResponsePolicy.CreateBuilder().AddRule<TitleRequiredRule>().AddRule<P0ReachedRule>();
        var policy = builder.ApplyJson("""{ "rules": { "ACME1001": { "severity": "error" } }, "categories": { "Escalation": { "severity": "none" } } }""").Build();
        var engine = new PolicyEngine(policy);

        var result = engine.Evaluate(Untitled with { Impact = Incidents.P0Impact }, T.Of("10:00"));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics, d => d.Id == "ACME1001").Severity);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ACME2001");
    }

    [Fact]
    public void Turned_off_a_custom_rule_is_not_even_compiled()
    {
        var policy = ResponsePolicy.CreateBuilder().AddRule<TitleRequiredRule>().RuleSeverity("ACME1001", RuleSeverity.None).Build();

        Assert.Empty(new PolicyEngine(policy).Evaluate(Untitled, T.Of("10:00")).Diagnostics);
    }

    [Fact]
    public void A_custom_rule_may_not_take_an_IRP_ID_or_be_registered_twice()
    {
        var error = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.CreateBuilder().AddRule<ImpostorRule>().AddRule<TitleRequiredRule>().AddRule<TitleRequiredRule>().Build());

        Assert.Equal(["customRules.ACME1001", "customRules.IRP8001"], error.Problems.Select(p => p.Path).Order());
    }

    [Fact]
    public void A_custom_rule_nested_in_another_class_runs_too()
    {
        var engine = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<NestedTitleRule>().Build());

        Assert.Equal("ACME1002", Assert.Single(engine.Evaluate(Untitled, T.Of("10:00")).Diagnostics).Id);
    }

    [Fact]
    public void A_custom_rule_that_is_not_public_runs_too()
    {
        var engine = new PolicyEngine(ResponsePolicy.CreateBuilder().AddRule<InternalTitleRule>().Build());

        Assert.Equal("ACME1003", Assert.Single(engine.Evaluate(Untitled, T.Of("10:00")).Diagnostics).Id);
    }

    [Fact]
    public void Configuring_a_rule_ID_nobody_registered_is_refused()
    {
        var error = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.CreateBuilder().RuleSeverity("ACME1001", RuleSeverity.Error).Build());

        Assert.Equal("$.rules.ACME1001", Assert.Single(error.Problems).Path);
    }

    /// <summary>A rule declared inside a test class, as users often do.</summary>
    public sealed class NestedTitleRule() : IncidentPolicy.Rules.CustomPolicyRule(Nested)
    {
        private static readonly IncidentPolicy.Rules.RuleDescriptor Nested = new("ACME1002", "Nested", "{0} untitled", "Triage", RuleSeverity.Info, "x");

        public override void Define()
        {
            IncidentPolicy.Rules.Facts.IncidentDetected detected = null!;
            When().Match(() => detected, d => d.Incident.Title.Trim().Length == 0);
            Then().Do(ctx => Report(ctx, detected.At, detected.Incident.Id));
        }
    }
}
