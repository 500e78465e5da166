using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// What a fenced code block is for, by its info string: a command block (a shell or a query language, or no
/// language at all), an expected output (<c>text</c>, <c>output</c>), or something else.
/// </summary>
internal static class CodeBlocks
{
    private static readonly HashSet<string> ShellLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "bash", "sh", "shell", "zsh", "console", "powershell", "pwsh", "cmd",
    };

    private static readonly HashSet<string> OutputLanguages = new(StringComparer.OrdinalIgnoreCase) { "text", "output" };

    private const string SqlLanguage = "sql";

    /// <summary>The block's language, lower case; empty when it has none.</summary>
    public static string Language(FencedCodeBlock block) => (block.Info ?? string.Empty).Trim().ToLowerInvariant();

    public static bool IsCommandBlock(FencedCodeBlock block) => Language(block) is var language && (language.Length == 0 || language == SqlLanguage || ShellLanguages.Contains(language));

    public static bool IsOutputBlock(FencedCodeBlock block) => OutputLanguages.Contains(Language(block));

    /// <summary>The first command of the block that changes the system, or <see langword="null"/>.</summary>
    public static string? FirstChangingCommand(FencedCodeBlock block, IReadOnlyList<ChangingCommandPattern> patterns)
    {
        var language = Language(block);
        var code = block.Lines.ToString();
        var shell = language != SqlLanguage;
        var sql = language is SqlLanguage or "";
        var candidates = (shell ? CommandText.Shell(code).Select(c => (c.Text, c.Words, IsSql: false)) : [])
            .Concat(sql ? CommandText.Sql(code).Select(c => (c.Text, c.Words, IsSql: true)) : []);
        foreach (var (text, words, isSql) in candidates)
        {
            if (patterns.Any(p => p.IsSql == isSql && p.Matches(words)))
            {
                return text;
            }
        }

        return null;
    }
}
