using System;
using System.Collections.Generic;
using System.Linq;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// One pattern of the policy's changing commands: words, each a word or alternatives (<c>apply|create</c>),
/// <c>...</c> for any words between two of them; <c>sql:</c> before the words makes it a pattern of SQL
/// statements. The first word is the program (or SQL keyword) and must come first; between the others,
/// options (<c>-n</c>, <c>--namespace=x</c>) and an option's value may stand. Words compare case-insensitively.
/// </summary>
internal sealed class ChangingCommandPattern
{
    private const string SqlPrefix = "sql:";
    private const string AnyWords = "...";

    private readonly IReadOnlyList<string[]?> _words;

    private ChangingCommandPattern(string text, bool isSql, IReadOnlyList<string[]?> words)
    {
        Text = text;
        IsSql = isSql;
        _words = words;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>Whether the pattern matches SQL statements rather than shell commands.</summary>
    public bool IsSql { get; }

    /// <summary>What is wrong with a pattern, or <see langword="null"/> when it parses.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "a command pattern must not be blank";
        }

        var (_, words) = Split(text);
        if (words.Length == 0)
        {
            return $"the command pattern '{text}' has no words after 'sql:'";
        }

        if (words[0] == AnyWords)
        {
            return $"the command pattern '{text}' starts with '...': it must start with the program (or the SQL keyword)";
        }

        return words.Any(w => w != AnyWords && w.Split('|').Any(a => a.Length == 0))
            ? $"the command pattern '{text}' has an empty alternative (a '|' at a word's start or end, or '||')"
            : null;
    }

    /// <summary>Parses a pattern that <see cref="Problem"/> accepts.</summary>
    public static ChangingCommandPattern Parse(string text)
    {
        var (isSql, words) = Split(text);
        return new ChangingCommandPattern(text, isSql, [.. words.Select(w => w == AnyWords ? null : w.Split('|'))]);
    }

    /// <summary>Whether the words of one command (program first) match the pattern.</summary>
    public bool Matches(IReadOnlyList<string> command) => command.Count > 0 && Match(command, 0, 0);

    private static (bool IsSql, string[] Words) Split(string text)
    {
        var trimmed = text.Trim();
        var isSql = trimmed.StartsWith(SqlPrefix, StringComparison.OrdinalIgnoreCase);
        var rest = isSql ? trimmed[SqlPrefix.Length..] : trimmed;
        return (isSql, rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Program(string word)
    {
        var slash = word.LastIndexOfAny(['/', '\\']);
        return slash >= 0 ? word[(slash + 1)..] : word;
    }

    private static bool IsOption(string word) => word.Length > 1 && word[0] == '-';

    private bool Match(IReadOnlyList<string> command, int p, int w)
    {
        if (p == _words.Count)
        {
            return true;
        }

        if (_words[p] is not { } alternatives)
        {
            for (var k = w; k <= command.Count; k++)
            {
                if (Match(command, p + 1, k))
                {
                    return true;
                }
            }

            return false;
        }

        for (var k = w; k < command.Count; k++)
        {
            var word = p == 0 ? Program(command[k]) : command[k];
            if (alternatives.Any(a => string.Equals(a, word, StringComparison.OrdinalIgnoreCase)))
            {
                if (Match(command, p + 1, k + 1))
                {
                    return true;
                }
            }

            var skippable = p > 0
                && (IsOption(command[k]) || (k > 0 && IsOption(command[k - 1]) && !command[k - 1].Contains('=', StringComparison.Ordinal)));
            if (!skippable)
            {
                return false;
            }
        }

        return false;
    }
}
