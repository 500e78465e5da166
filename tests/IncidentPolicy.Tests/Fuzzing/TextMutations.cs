using System;
using System.Linq;
using System.Text;

namespace IncidentPolicy.Tests.Fuzzing;

/// <summary>The tokens of Markdown documents and Liquid templates, and mutations that work on lines.</summary>
internal static class TextMutations
{
    public static readonly string[] MarkdownTokens =
    [
        "\n# Runbook: X\n", "\n# Post-Incident Review: Y\n", "\n## Steps\n", "\n## Escalation\n", "\n### 1. Do it\n", "\n```bash\n", "\n```\n", "\n~~~\n", "````", "`",
        "\n> ", ">", "\n- ", "\n  - ", "\n1. ", "\n2) ", "*", "**", "_", "__", "[", "]", "(", ")", "[x]", "[^1]", "[^1]: note", "[a](b)", "![i](j)", "<", ">", "<div>", "</div>",
        "<!--", "-->", "<!-- incident-policy disable IRP8009 -->", "<!-- incident-policy disable-next-line IRP8001 -->", "<!-- incident-policy disable *", "\n---\n",
        "\ntitle: Runbook: Z\n", "last_verified: 2026-02-30", "Last verified: 9999-99-99", "Last verified: 0001-01-01", "|", "| a | b |\n|---|---|\n", "|---|", "\\",
        "kubectl rollout undo deployment/x", "sudo rm -rf /", "DELETE FROM t;", "$ ", "Expected:", "**Rollback**:", "TODO", "[team]", "@handle", "#chan", "\t", "\r", "\0",
        "\u2028", "\ufeff", "é", "\ud83d\ude80", "\n| Time | Event |\n|---|---|\n| 14:00 | x |\n", "| 25:99 | y |", "\n## Action Items\n", "- [ ] fix | owner | 2020-01-01",
        "Severity: P9", "Date: 2024-02-30", "Why?", "1. Why", "\n    indented code\n", "&amp;", "&#0;", "&#x110000;",
    ];

    public static readonly string[] LiquidTokens =
    [
        "{{", "}}", "{%", "%}", "{{ severity }}", "{{ title }}", "{{ nope }}", "{% if severity %}", "{% endif %}", "{% else %}", "{% elsif x %}", "{% unless x %}", "{% endunless %}",
        "{% for x in actionsTaken %}", "{% for x in (1..100000) %}", "{% for x in (1..2147483647) %}", "{% for x in (-2147483648..2147483647) %}", "{% endfor %}", "{% break %}",
        "{% assign s = severity | append: severity %}", "{% assign s = s | append: s %}", "{{ s }}", "{% capture c %}", "{% endcapture %}", "{% raw %}", "{% endraw %}",
        "{% comment %}", "{% endcomment %}", "{% case severity %}{% when 'P1' %}", "{% endcase %}", "{% cycle 'a', 'b' %}", "{% increment n %}", "{% decrement n %}",
        "{% include 'x' %}", "{% render 'x' %}", "{% liquid echo severity %}", "{% echo severity %}", "{% macro m() %}", "{% endmacro %}", "{% from 'x' import m %}",
        "{{ severity | upcase }}", "{{ severity | slice: -2147483648, 2147483647 }}", "{{ 1 | times: 1e308 }}", "{{ 1 | divided_by: 0 }}", "{{ 1 | modulo: 0 }}",
        "{{ severity | truncate: -1 }}", "{{ severity | date: '%Y' }}", "{{ now | date: '%Y-%m-%d %H:%M' }}", "{{ 'x' | append: 'y' | size }}", "{{ actionsTaken | join: ', ' }}",
        "{{ actionsTaken[2147483647] }}", "{{ actionsTaken[-1] }}", "{{ severity.size }}", "{{ a.b.c.d }}", "{{ (1..3) }}", "{%- if x -%}", "{{- severity -}}", "'", "\"", "|", ":",
        "(", ")", "..", "\n", "\r\n", "\t", "\0", "\ud800", "é",
    ];

    /// <summary>The most characters a repeated line adds: twice the Markdown size limit.</summary>
    private const int MaxRepeated = 2 * 1024 * 1024;

    public static (string Name, Func<Random, byte[], byte[]> Apply)[] LineOperators { get; } =
    [
        ("repeat line", RepeatLine),
        ("indent line", IndentLine),
    ];

    private static byte[] RepeatLine(Random random, byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var at = random.Next(lines.Count);
        // A long line (one of a hundred thousand nested brackets) repeated two thousand times would be hundreds of
        // megabytes; a few megabytes already show the size limit, so the copies stop there.
        var copies = 1 + random.Next(random.Next(20) == 0 ? 2000 : 5);
        lines.InsertRange(at, Enumerable.Repeat(lines[at], Math.Min(copies, Math.Max(1, MaxRepeated / (lines[at].Length + 1)))));
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] IndentLine(Random random, byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var at = random.Next(lines.Length);
        lines[at] = new string(' ', 1 + random.Next(12)) + lines[at];
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
