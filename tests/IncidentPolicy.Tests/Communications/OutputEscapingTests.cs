using System;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>
/// A template sees the record's values as they are, and what it writes is escaped for the format as it is written:
/// filters and comparisons work on the real text, and no filter can undo the escaping (docs/communications.md).
/// </summary>
public sealed class OutputEscapingTests
{
    private static string Render(string template, string title, MessageFormat format)
    {
        var policy = ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.InitialAlert, template).Build();
        var incident = new IncidentRecord("INC-7", title, T.Of("2024-03-15T14:00:00Z"), Incidents.P1Impact, []);
        return new MessageComposer(new PolicyEngine(policy)).Compose(incident, T.Of("14:10"), MessageKind.InitialAlert, format).Text;
    }

    [Fact]
    public void A_filter_works_on_the_records_text_and_its_result_is_escaped_for_slack()
    {
        Assert.Equal("DB &amp; CACHE &lt;!HERE&gt; @\u200BCHANNEL\n", Render("{{ title | upcase }}", "db & cache <!here> @channel", MessageFormat.Slack));
    }

    [Fact]
    public void The_size_of_a_value_is_the_size_of_the_records_text()
    {
        Assert.Equal("5\n", Render("{{ title.size }}", "a & b", MessageFormat.Slack));
        Assert.Equal("5\n", Render("{{ title | size }}", "*a_b*", MessageFormat.Markdown));
    }

    [Fact]
    public void Cutting_a_value_short_never_leaves_half_an_escape_in_markdown()
    {
        Assert.Equal(@"\*\*" + "\n", Render("{{ title | truncate: 2, \"\" }}", "**bold**", MessageFormat.Markdown));
    }

    [Fact]
    public void A_comparison_sees_the_records_text()
    {
        Assert.Equal("yes\n", Render("{% if title == \"A & B\" %}yes{% else %}no{% endif %}", "A & B", MessageFormat.Slack));
    }

    [Fact]
    public void A_tablerow_loop_reads_its_variable_and_what_it_writes_is_escaped()
    {
        Assert.Equal(
            "<tr class=\"row1\">\n<td class=\"col1\">\\*x\\* 1</td></tr>\n",
            Render("{% assign words = title | split: ',' %}{% tablerow w in words %}{{ w }} {{ tablerowloop.col }}{% endtablerow %}", "*x*", MessageFormat.Markdown));
    }

    [Fact]
    public void Filters_that_mark_text_as_safe_do_not_undo_the_escaping()
    {
        Assert.Equal(@"\*x\*" + "\n", Render("{{ title | escape }}", "*x*", MessageFormat.Markdown));
        Assert.Equal(@"\*x\*" + "\n", Render("{{ title | escape_once }}", "*x*", MessageFormat.Markdown));
    }

    [Fact]
    public void The_raw_filter_is_refused_when_the_policy_is_built()
    {
        var e = Assert.Throws<IncidentPolicy.Validation.InvalidPolicyException>(() => ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.InitialAlert, "Title: {{ title | raw }}").Build());

        Assert.Contains("$.communications.templates.initialAlert: line 1, column 19: the filter 'raw' is not allowed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_cycle_an_assignment_or_a_list_writes_is_escaped_and_a_capture_is_escaped_once()
    {
        Assert.Equal("&lt;!here&gt;\n", Render("{% cycle title, \"x\" %}", "<!here>", MessageFormat.Slack));
        Assert.Equal("&lt;!here&gt;\n", Render("{% assign t = title %}{{ t }}", "<!here>", MessageFormat.Slack));
        Assert.Equal("&lt;!here&gt; x\n", Render("{% capture t %}{{ title }} x{% endcapture %}{{ t }}", "<!here>", MessageFormat.Slack));
        Assert.Equal("a\u2217,b\n", Render("{{ title | split: \",\" | join: \",\" }}", "a*,b", MessageFormat.Slack));
        Assert.Equal("a\u2217b\n", Render("{{ title | split: \",\" }}", "a*,b", MessageFormat.Slack));
    }

    [Fact]
    public void The_templates_own_text_is_kept_and_the_values_the_library_writes_are_written_as_they_are()
    {
        Assert.Equal("*P1* <!subteam> #incident-2024-03-15-a-b\n", Render("*{{ severity }}* <!subteam> {{ channel }}", "a & b", MessageFormat.Slack));
        Assert.Equal("[What has been tried]\n", Render("{{ actionsTaken | join: \", \" }}", "x", MessageFormat.Markdown));
    }
}
