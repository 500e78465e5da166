using IncidentPolicy.Communications;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>Every escaping rule of a value from the record or a host, per format (docs/communications.md, "Escaping").</summary>
public sealed class ValueEscaperTests
{
    private const char Zwsp = '\u200B';

    [Fact]
    public void In_text_a_value_is_written_as_it_is() =>
        Assert.Equal("Checkout <!here> *down* @channel\nsecond line", ValueEscaper.Escape("Checkout <!here> *down* @channel\nsecond line", MessageFormat.Text));

    [Fact]
    public void In_slack_a_title_with_mentions_notifies_no_one_and_breaks_no_markup() =>
        Assert.Equal($"Checkout &lt;!here&gt; down @{Zwsp}channel", ValueEscaper.Escape("Checkout <!here> down @channel", MessageFormat.Slack));

    [Theory]
    [InlineData("&", "&amp;")]
    [InlineData("<", "&lt;")]
    [InlineData(">", "&gt;")]
    [InlineData("<@U024BE7LH>", "&lt;@U024BE7LH&gt;")]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<https://evil.example|click me>", "&lt;https://evil.example|click me&gt;")]
    [InlineData("&lt;", "&amp;lt;")]
    public void In_slack_ampersand_and_angle_brackets_are_entities(string value, string expected) =>
        Assert.Equal(expected, ValueEscaper.Escape(value, MessageFormat.Slack));

    [Theory]
    [InlineData("@here", "@\u200Bhere")]
    [InlineData("@channel", "@\u200Bchannel")]
    [InlineData("@everyone", "@\u200Beveryone")]
    [InlineData("ping @Here now", "ping @\u200BHere now")]
    [InlineData("@EVERYONE!", "@\u200BEVERYONE!")]
    [InlineData("mail bob@example.com", "mail bob@example.com")]
    [InlineData("@bob", "@bob")]
    [InlineData("@", "@")]
    public void In_slack_a_zero_width_space_follows_the_at_sign_of_a_broadcast_mention(string value, string expected) =>
        Assert.Equal(expected, ValueEscaper.Escape(value, MessageFormat.Slack));

    [Theory]
    [InlineData("*bold*", "\u2217bold\u2217")]
    [InlineData("_italic_", "\u02CDitalic\u02CD")]
    [InlineData("~strike~", "\u223Cstrike\u223C")]
    [InlineData("`code`", "\u02CBcode\u02CB")]
    [InlineData("```block```", "\u02CB\u02CB\u02CBblock\u02CB\u02CB\u02CB")]
    public void In_slack_formatting_characters_are_replaced_by_look_alikes_that_format_nothing(string value, string expected) =>
        Assert.Equal(expected, ValueEscaper.Escape(value, MessageFormat.Slack));

    [Theory]
    [InlineData(MessageFormat.Slack)]
    [InlineData(MessageFormat.Markdown)]
    public void In_slack_and_markdown_line_breaks_become_spaces(MessageFormat format) =>
        Assert.Equal("one two three", ValueEscaper.Escape("one\ntwo\r\nthree", format));

    [Theory]
    [InlineData(MessageFormat.Slack, "one\ntwo")]
    [InlineData(MessageFormat.Slack, "one\rtwo")]
    [InlineData(MessageFormat.Markdown, "one\ntwo")]
    [InlineData(MessageFormat.Markdown, "one\rtwo")]
    public void In_slack_and_markdown_a_lone_line_feed_or_carriage_return_becomes_a_space(MessageFormat format, string value) =>
        Assert.Equal("one two", ValueEscaper.Escape(value, format));

    [Theory]
    [InlineData("*bold*", @"\*bold\*")]
    [InlineData("__strong__", @"\_\_strong\_\_")]
    [InlineData("~~gone~~", @"\~\~gone\~\~")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData("[click](https://evil.example)", @"\[click\](https://evil.example)")]
    [InlineData("![img](x.png)", @"\!\[img\](x.png)")]
    [InlineData("<https://evil.example>", @"\<https://evil.example\>")]
    [InlineData("<script>alert(1)</script>", @"\<script\>alert(1)\</script\>")]
    [InlineData("<b>bold</b>", @"\<b\>bold\</b\>")]
    [InlineData("&copy;", @"\&copy;")]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("1. item", @"1\. item")]
    [InlineData("12) item", @"12\) item")]
    [InlineData("=== setext", @"\=== setext")]
    [InlineData("a | b", @"a \| b")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("P1 - 50% of users, 3.5 min", "P1 - 50% of users, 3.5 min")]
    [InlineData(".5 of the nodes", ".5 of the nodes")]
    [InlineData(") as before", ") as before")]
    public void In_markdown_emphasis_links_headings_and_HTML_are_escaped(string value, string expected) =>
        Assert.Equal(expected, ValueEscaper.Escape(value, MessageFormat.Markdown));
}
