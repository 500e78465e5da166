using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>Templates are checked when the policy is built: a syntax error, an unknown field or a forbidden tag is a policy problem at its JSON path, line and column.</summary>
public sealed class TemplateCompilerTests
{
    [Fact]
    public void A_syntax_error_is_a_policy_problem_at_its_line_and_column()
    {
        var exception = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.CreateBuilder()
            .MessageTemplate(MessageKind.InitialAlert, "INCIDENT {{ severity }}\nImpact: {{ impact }\n")
            .Build());

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("$.communications.templates.initialAlert", problem.Path);
        Assert.StartsWith("line 2, column ", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_a_policy_problem_at_its_line_and_column_with_the_name_it_meant()
    {
        var exception = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.CreateBuilder()
            .MessageTemplate(MessageKind.StatusUpdate, "UPDATE: {{ severity }}\n\nStatus: {{ staus }}\n")
            .Build());

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("$.communications.templates.statusUpdate", problem.Path);
        Assert.StartsWith("line 3, column 12: unknown field 'staus'; did you mean 'status'?", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_every_template_is_reported_at_once()
    {
        var exception = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.CreateBuilder()
            .MessageTemplate(MessageKind.InitialAlert, "{{ one }} {{ two }}")
            .MessageTemplate(MessageKind.Resolution, "{% if x %}")
            .Build());

        Assert.Equal(
            ["$.communications.templates.initialAlert", "$.communications.templates.initialAlert", "$.communications.templates.resolution"],
            exception.Problems.Select(p => p.Path).Order(System.StringComparer.Ordinal));
        Assert.Contains(exception.Problems, p => p.Message.StartsWith("line 1, column 4: unknown field 'one'", System.StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Message.StartsWith("line 1, column 14: unknown field 'two'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_customer_template_cannot_use_an_internal_field()
    {
        var exception = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.CreateBuilder()
            .MessageTemplate(MessageKind.Customer, "{{ serviceName }}\nCommander: {{ incidentCommander }}")
            .Build());

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("$.communications.templates.customer", problem.Path);
        Assert.StartsWith("line 2, column 15: the customer message cannot use 'incidentCommander'", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% include 'secrets' %}", "include")]
    [InlineData("{% render 'other' %}", "render")]
    public void A_tag_that_reaches_outside_the_template_is_refused(string template, string tag)
    {
        var exception = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.CreateBuilder()
            .MessageTemplate(MessageKind.InitialAlert, template)
            .Build());

        Assert.Contains($"the tag '{tag}' is not allowed", Assert.Single(exception.Problems).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Loop_variables_assignments_and_captures_are_not_unknown_fields()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .MessageTemplate(MessageKind.StatusUpdate, "{% assign lead = title | upcase %}{% capture c %}{{ lead }}{% endcapture %}{{ c }}\n{% for a in actionsTaken %}- {{ a }} ({{ forloop.index }})\n{% endfor %}")
            .Build();

        Assert.True(policy.Communications.Templates.ContainsKey(MessageKind.StatusUpdate));
    }

    [Fact]
    public void The_default_templates_use_only_their_fields() =>
        Assert.All(System.Enum.GetValues<MessageKind>(), kind =>
            Assert.NotNull(TemplateCompiler.Compile(CommunicationSettings.DefaultTemplate(kind), kind, out _)));

    [Theory]
    [InlineData("Questions? Ask in the channel {")]
    [InlineData("{")]
    [InlineData("{{ severity }} {")]
    public void A_brace_at_the_very_end_of_a_template_is_text(string template)
    {
        var composer = new MessageComposer(new PolicyEngine(ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.StatusUpdate, template).Build()));

        var text = composer.Compose(Incidents.Record("10:00", Incidents.P1Impact), T.Of("10:30"), MessageKind.StatusUpdate).Text;

        Assert.EndsWith("{\n", text, System.StringComparison.Ordinal);
    }
}
