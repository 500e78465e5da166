using System;
using System.Collections.Generic;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>
/// How a checked template's output becomes the message: its line ends are LF whatever wrote them, a template that writes
/// nothing is an empty message, and a template whose arithmetic fails is stopped with a message that says why.
/// </summary>
public sealed class MessageRendererTests
{
    private static readonly IncidentRecord Incident = new("INC-5", "Checkout down", T.Of("2024-03-15T14:00:00Z"), Incidents.P1Impact, []);

    private static string Render(string template, IReadOnlyDictionary<string, string>? values = null) =>
        new MessageComposer(new PolicyEngine(ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.StatusUpdate, template).Build()))
            .Compose(Incident, T.Of("2024-03-15T14:30:00Z"), MessageKind.StatusUpdate, MessageFormat.Text, values).Text;

    [Fact]
    public void A_line_break_a_host_writes_as_CRLF_or_CR_in_a_text_message_becomes_one_line_feed()
    {
        Assert.Equal("Current state: stable\nwatching\n", Render("Current state: {{ currentState }}", new Dictionary<string, string> { ["currentState"] = "stable\r\nwatching" }));
        Assert.Equal("Current state: stable\nwatching\n", Render("Current state: {{ currentState }}", new Dictionary<string, string> { ["currentState"] = "stable\rwatching" }));
    }

    [Fact]
    public void A_template_that_writes_only_blank_lines_is_an_empty_message()
    {
        Assert.Equal(string.Empty, Render("{% if status == \"nothing\" %}{{ status }}{% endif %}\n  \n"));
    }

    [Theory]
    [InlineData("{{ 1 | divided_by: 0 }}")]
    [InlineData("{{ 7 | modulo: 0 }}")]
    public void A_template_dividing_by_zero_is_stopped_saying_its_arithmetic_failed(string template)
    {
        var stopped = Assert.Throws<InvalidOperationException>(() => Render(template));

        Assert.StartsWith("The message template was stopped: its arithmetic failed (", stopped.Message, StringComparison.Ordinal);
        Assert.EndsWith("a filter such as divided_by or modulo was given zero or a number out of range.", stopped.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArithmeticException>(stopped.InnerException);
    }

    [Theory]
    [InlineData("{{ \"Payments down\" | slice: 5, 2147483647 }}")]
    [InlineData("{{ \"Payments down\" | slice: 2147483647, 2147483647 }}")]
    public void A_template_giving_a_filter_an_argument_out_of_range_is_stopped_saying_so(string template)
    {
        var stopped = Assert.Throws<InvalidOperationException>(() => Render(template));

        Assert.StartsWith("The message template was stopped: a filter was given an argument it cannot use (", stopped.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(stopped.InnerException);
    }
}
