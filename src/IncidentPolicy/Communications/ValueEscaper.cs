using System;
using System.Text;

namespace IncidentPolicy.Communications;

/// <summary>
/// Escapes a value from the record or from a host (titles, descriptions, names, free text) for the format it is
/// written into, so it cannot change the message's markup or mention anyone. The template's own text is never
/// passed through here: its markup is kept. docs/communications.md lists the guarantees.
/// </summary>
internal static class ValueEscaper
{
    /// <summary>The zero-width space written after the <c>@</c> of a broadcast mention in Slack.</summary>
    public const char ZeroWidthSpace = '\u200B';

    private static readonly string[] SlackBroadcasts = ["here", "channel", "everyone"];

    public static string Escape(string value, MessageFormat format) => format switch
    {
        MessageFormat.Text => value,
        MessageFormat.Markdown => Markdown(OneLine(value)),
        MessageFormat.Slack => Slack(OneLine(value)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a message format"),
    };

    /// <summary>Line breaks become spaces: a value cannot start a heading, a list or a quote on a line of its own.</summary>
    private static string OneLine(string value) =>
        value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal)
            ? value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ')
            : value;

    /// <summary>
    /// CommonMark: every character that can open emphasis, code, a link, an image, HTML, an entity, a
    /// heading, a quote, a table cell or strikethrough is backslash-escaped; so are the characters that start
    /// a list item when the value begins a line.
    /// </summary>
    private static string Markdown(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = c switch
            {
                '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '!' or '~' or '|' or '&' => true,
                '-' or '+' or '=' => i == 0,
                '.' or ')' => IsOrderedListStart(value, i),
                _ => false,
            };
            if (escape)
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>Whether <paramref name="index"/> is the <c>.</c> or <c>)</c> after the digits that begin the value (<c>1. </c>).</summary>
    private static bool IsOrderedListStart(string value, int index)
    {
        if (index == 0)
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Slack mrkdwn: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> as entities (so <c>&lt;!here&gt;</c> and
    /// <c>&lt;@U123&gt;</c> are text), a zero-width space after the <c>@</c> of <c>@here</c>, <c>@channel</c>
    /// and <c>@everyone</c>, and the formatting characters, which Slack cannot escape, replaced by look-alikes
    /// that format nothing: <c>*</c> by U+2217, <c>_</c> by U+02CD, <c>~</c> by U+223C, the backtick by U+02CB.
    /// </summary>
    private static string Slack(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '*': text.Append('\u2217'); break;
                case '_': text.Append('\u02CD'); break;
                case '~': text.Append('\u223C'); break;
                case '`': text.Append('\u02CB'); break;
                case '@':
                    text.Append('@');
                    if (StartsBroadcast(value, i + 1))
                    {
                        text.Append(ZeroWidthSpace);
                    }

                    break;
                default: text.Append(c); break;
            }
        }

        return text.ToString();
    }

    private static bool StartsBroadcast(string value, int start)
    {
        foreach (var word in SlackBroadcasts)
        {
            if (string.Compare(value, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && start + word.Length <= value.Length)
            {
                return true;
            }
        }

        return false;
    }
}
