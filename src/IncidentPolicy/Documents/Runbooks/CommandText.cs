using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// Splits the text of a command block into commands, each a list of words, program first: shell lines (a
/// trailing <c>\</c> continues a line; comments, a leading <c>$ </c> prompt, <c>sudo</c> with its options and
/// environment assignments are left out; <c>&amp;&amp;</c>, <c>||</c>, <c>;</c> and <c>|</c> start a new command), or
/// SQL statements (split at <c>;</c>, <c>--</c> comments left out).
/// </summary>
internal static partial class CommandText
{
    private static readonly HashSet<string> SudoOptionsWithValue = new(StringComparer.Ordinal) { "-u", "-g", "-U", "-C", "-h", "-p", "-D", "-r", "-t" };

    /// <summary>The shell commands of a block's text.</summary>
    public static IEnumerable<(string Text, IReadOnlyList<string> Words)> Shell(string code)
    {
        foreach (var line in LogicalLines(code))
        {
            var text = line.Trim();
            if (text.StartsWith("$ ", StringComparison.Ordinal) || text == "$")
            {
                text = text[1..].TrimStart();
            }
            else if (text.StartsWith("PS>", StringComparison.Ordinal) || text.StartsWith("> ", StringComparison.Ordinal))
            {
                text = text[(text.IndexOf('>', StringComparison.Ordinal) + 1)..].TrimStart();
            }

            if (text.Length == 0 || text[0] == '#' || text.StartsWith("REM ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("::", StringComparison.Ordinal))
            {
                continue;
            }

            text = Comment().Replace(text, string.Empty);
            foreach (var part in Separator().Split(text))
            {
                var words = Words(part);
                if (words.Count > 0)
                {
                    yield return (part.Trim(), words);
                }
            }
        }
    }

    /// <summary>The SQL statements of a block's text.</summary>
    public static IEnumerable<(string Text, IReadOnlyList<string> Words)> Sql(string code)
    {
        var withoutComments = string.Join('\n', code.Split('\n').Select(l => l.Contains("--", StringComparison.Ordinal) ? l[..l.IndexOf("--", StringComparison.Ordinal)] : l));
        foreach (var statement in withoutComments.Split(';'))
        {
            var words = statement.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                yield return (string.Join(' ', words), words);
            }
        }
    }

    private static IEnumerable<string> LogicalLines(string code)
    {
        var current = string.Empty;
        foreach (var raw in code.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.EndsWith('\\') || line.EndsWith('`'))
            {
                current += line[..^1] + " ";
                continue;
            }

            yield return current + line;
            current = string.Empty;
        }

        if (current.Length > 0)
        {
            yield return current;
        }
    }

    private static List<string> Words(string command)
    {
        var words = command.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Unquote).Where(w => w.Length > 0).ToList();
        var start = 0;
        while (start < words.Count)
        {
            if (Assignment().IsMatch(words[start]) || words[start] is "env" or "time" or "exec" or "nohup")
            {
                start++;
            }
            else if (words[start] == "sudo")
            {
                start++;
                while (start < words.Count && words[start].StartsWith('-'))
                {
                    start += SudoOptionsWithValue.Contains(words[start]) ? 2 : 1;
                }
            }
            else
            {
                break;
            }
        }

        return start >= words.Count ? [] : words.GetRange(start, words.Count - start);
    }

    private static string Unquote(string word) => word.Trim('"', '\'', '(', ')', '{', '}');

    [GeneratedRegex(@"&&|\|\||;|\|", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s#.*$", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*=", RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();
}
