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
    public void A_tablerow_loop_declares_its_variable_like_a_for_loop() =>
        Assert.Equal(
            ["line 1, column 114: an item of 'overdueItems' has no 'owner'; it has key, title, dueBy"],
            Problems(MessageKind.StatusUpdate, "{% tablerow a in actionsTaken %}{{ a }}{{ tablerowloop.col }}{% endtablerow %}{% tablerow m in overdueItems %}{{ m.owner }}{% endtablerow %}"));

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

    [Theory]
    [InlineData("{{ severity }} staus {{ staus }}", "line 1, column 25: unknown field 'staus'")]
    [InlineData("{% if severity %}staus {{ staus }}{% endif %}", "line 1, column 27: unknown field 'staus'")]
    [InlineData("{{ severity }} {{ verity }}", "line 1, column 19: unknown field 'verity'")]
    [InlineData("{{ severity }} {{ sev }}", "line 1, column 19: unknown field 'sev'")]
    [InlineData("{{ impact.staus }} {{ staus }}", "line 1, column 23: unknown field 'staus'")]
    [InlineData("{{ ' staus' | append: staus }}", "line 1, column 23: unknown field 'staus'")]
    [InlineData("Set {a} staus {{ staus }}", "line 1, column 18: unknown field 'staus'")]
    [InlineData("{% assign draw = severity %}{{ draw | raw }}", "line 1, column 39: the filter 'raw' is not allowed")]
    [InlineData("{% for m in overdueItems %}{% assign am = 1 %}{{ am.bogus }}{{ m.bogus }}{% endfor %}", "line 1, column 64: an item of 'overdueItems' has no 'bogus'")]
    [InlineData("{%-include 'a' -%}", "line 1, column 4: the tag 'include' is not allowed")]
    [InlineData("{{ severity }}\r\n{{ staus }}", "line 2, column 4: unknown field 'staus'")]
    [InlineData("{{ 'it\\'s' | append: bogus }}", "line 1, column 22: unknown field 'bogus'")]
    [InlineData("{{ \"}}\" | append: bogus }}", "line 1, column 19: unknown field 'bogus'")]
    [InlineData("{% raw %}bogus {{ bogus }}{% endraw %}{{ bogus }}", "line 1, column 42: unknown field 'bogus'")]
    [InlineData("{%- comment -%}{{ bogus }}{%- endcomment -%}{{ bogus }}", "line 1, column 48: unknown field 'bogus'")]
    [InlineData("{% raw %}{% if x %}{{ y }}{% endraw %}{{ staus }}", "line 1, column 42: unknown field 'staus'")]
    [InlineData("{% raw %}{% if x %}{{ y }}{%endraw%}{{ staus }}", "line 1, column 40: unknown field 'staus'")]
    [InlineData("{{ severity }}{{ staus }}", "line 1, column 18: unknown field 'staus'")]
    [InlineData("Status: {{s}}", "line 1, column 11: unknown field 's'")]
    public void A_problem_is_placed_where_the_template_uses_the_name_not_where_the_name_appears_in_text_quotes_or_other_words(string template, string expected)
    {
        var problem = Assert.Single(Problems(MessageKind.StatusUpdate, template));

        Assert.StartsWith(expected, problem, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ 'it\\'s' | append: bogus }} {")]
    [InlineData("{{ 'it\\'s' | append: bogus }}{% raw %}{{{% endraw %}")]
    [InlineData("{{ 'it\\'s' | append: bogus }}{% raw %}{{{% endraw %}bogus")]
    public void A_field_after_an_escaped_quote_is_still_reported(string template) =>
        Assert.Contains("unknown field 'bogus'", Assert.Single(Problems(MessageKind.StatusUpdate, template)), System.StringComparison.Ordinal);

    [Theory]
    [InlineData("{{ impact }\n", "line 1, column 10: End of tag '}}' was expected")]
    [InlineData("{{}}", "line 1, column 3: A value was expected")]
    [InlineData("{{ severity() }}", "line 1, column 13: Functions are not allowed")]
    public void A_syntax_error_is_reported_at_its_line_and_column_in_the_parser_s_words(string template, string expected) =>
        Assert.StartsWith(expected, Assert.Single(Problems(MessageKind.StatusUpdate, template)), System.StringComparison.Ordinal);

    [Fact]
    public void An_unknown_field_is_named_with_the_fields_the_message_may_use()
    {
        Assert.Equal(
            ["line 1, column 4: unknown field 'bogus'; the fields are serviceName, customerDescription, startTime, customerStatus, customerCadence"],
            Problems(MessageKind.Customer, "{{ bogus }}"));
        Assert.Equal(
            ["line 1, column 4: unknown field 'serviceNam'; did you mean 'serviceName'? The fields are serviceName, customerDescription, startTime, customerStatus, customerCadence"],
            Problems(MessageKind.Customer, "{{ serviceNam }}"));
        Assert.Equal(
            ["line 1, column 4: the customer message cannot use 'incidentCommander', an internal field; it may use serviceName, customerDescription, startTime, customerStatus, customerCadence"],
            Problems(MessageKind.Customer, "{{ incidentCommander }}"));
    }

    [Fact]
    public void Problems_are_listed_in_the_order_they_appear_in_the_template() =>
        Assert.Equal(
            ["line 1, column 4", "line 1, column 16", "line 2, column 4", "line 3, column 4"],
            Problems(MessageKind.StatusUpdate, "{{ bogus }} {% include 'a' %}\n{{ staus }}\n{% render 'b' %}").Select(p => p[..p.IndexOf(':', System.StringComparison.Ordinal)]));

    [Fact]
    public void An_overdue_item_can_be_written_whole() =>
        Assert.Empty(Problems(MessageKind.StatusUpdate, "{% for item in overdueItems %}{{ item }}{% endfor %}"));

    [Theory]
    [InlineData("if")]
    [InlineData("unless")]
    [InlineData("for")]
    [InlineData("case")]
    [InlineData("capture")]
    [InlineData("comment")]
    [InlineData("raw")]
    [InlineData("tablerow")]
    [InlineData("ifchanged")]
    [InlineData("macro")]
    [InlineData("with")]
    public void Each_block_tag_nests_a_level_for_the_nesting_check(string tag) =>
        Assert.Contains(
            "nested more than 100 deep",
            Assert.Single(Problems(MessageKind.StatusUpdate, string.Concat(Enumerable.Repeat($"{{% {tag} x %}}", 101)))),
            System.StringComparison.Ordinal);

    /// <summary>How the nesting check reads brackets: not within quotes, side by side as one level, a close with none open as nothing, and not in text.</summary>
    public static TheoryData<string, string, bool> BracketCases => new()
    {
        { "brackets within a string", "{{ '" + new string('(', 150) + "' }}", false },
        { "brackets after a string", "{{ 'a' | append: " + Repeat("title[", 101) + "0" + Repeat("]", 101) + " }}", true },
        { "brackets side by side", "{{ severity" + Repeat(" | append: title[0]", 101) + " }}", false },
        { "closes with nothing open before the brackets", "{{ )))" + Repeat("title[", 101) + "0" + Repeat("]", 101) + " }}", true },
        { "brackets in text after a brace", "Text: {" + new string('(', 150) + " {{ severity }}", false },
    };

    [Theory]
    [MemberData(nameof(BracketCases))]
    public void The_nesting_check_counts_brackets_that_nest_outside_quotes(string what, string template, bool refused)
    {
        var problems = Problems(MessageKind.StatusUpdate, template);

        Assert.True(
            refused ? problems.Length == 1 && problems[0].Contains("nested more than 100 deep", System.StringComparison.Ordinal) : problems.Length == 0,
            $"{what}: {string.Join(" | ", problems)}");
    }

    /// <summary>
    /// The parser reads a <c>liquid</c> tag (several statements in one tag, one a line) as nothing: a template with one
    /// would write less than its author wrote, and the statements in it would go unchecked.
    /// </summary>
    [Theory]
    [InlineData("{% liquid\necho title %}", "line 1, column 4")]
    [InlineData("Status: {{ status }}\n{%- liquid echo title -%}", "line 2, column 5")]
    [InlineData("{%liquid\n  if status\n    echo status\n  endif\n%}", "line 1, column 3")]
    [InlineData("{% liquid echo title {{%}", "line 1, column 4")]
    public void A_liquid_tag_is_refused_at_its_line_and_column(string template, string at) =>
        Assert.Equal(
            [at + ": the tag 'liquid' is not allowed: write each of its statements in a tag of its own ({% echo title %}, {% assign ... %})"],
            Problems(MessageKind.StatusUpdate, template));

    [Fact]
    public void The_rest_of_a_template_with_a_liquid_tag_is_checked_and_placed_outside_the_tag() =>
        Assert.Equal(
            ["line 1, column 4: the tag 'liquid'", "line 4, column 4: unknown field 'staus'", "line 5, column 3: the tag 'liquid'"],
            Problems(MessageKind.StatusUpdate, "{% liquid\necho staus %}\n{{ severity }}\n{{ staus }}\n{%liquid%}")
                .Select(p => p[..(p.IndexOf('\'', p.IndexOf('\'', System.StringComparison.Ordinal) + 1) + 1)]));

    [Theory]
    [InlineData("{% raw %}{% liquid echo title %}{% endraw %}")]
    [InlineData("{% comment %}{% liquid echo title %}{% endcomment %}")]
    [InlineData("{% echo 'liquid' %}{{ 'liquid' | append: title }}")]
    public void A_liquid_tag_in_text_is_text(string template) =>
        Assert.Empty(Problems(MessageKind.StatusUpdate, template));

    [Theory]
    [InlineData("{% liquidity %}", "Unknown tag 'liquidity'")]
    [InlineData("{{ liquid }}", "unknown field 'liquid'")]
    public void Only_the_tag_named_liquid_is_the_liquid_tag(string template, string expected) =>
        Assert.Contains(expected, Assert.Single(Problems(MessageKind.StatusUpdate, template)), System.StringComparison.Ordinal);

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string[] Problems(MessageKind kind, string template)
    {
        try
        {
            _ = new CommunicationSettings(templates: [new(kind, template)]);
            return [];
        }
        catch (InvalidPolicyException refused)
        {
            return [.. refused.Problems.Select(p => p.Message)];
        }
    }
}
