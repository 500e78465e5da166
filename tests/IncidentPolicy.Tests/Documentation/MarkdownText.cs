using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace IncidentPolicy.Tests.Documentation;

/// <summary>What a Markdown page holds: its link targets, the paths it writes in backticks, the anchors of its headings and its fenced code blocks.</summary>
internal static partial class MarkdownText
{
    /// <summary>Extensions that make a word in backticks a path to check.</summary>
    private static readonly string[] PathExtensions = [".md", ".json", ".cs", ".csproj", ".sln", ".props", ".txt", ".sh", ".yml", ".yaml", ".xml"];

    /// <summary>
    /// The fenced code blocks of one language (<c>```json</c>) among <paramref name="lines"/>, each as its lines
    /// joined with LF; blocks of other languages are skipped whole, so a fence inside them is not mistaken for one.
    /// </summary>
    public static List<string> FencedBlocks(IEnumerable<string> lines, string language)
    {
        var blocks = new List<string>();
        List<string>? block = null;
        var inOther = false;
        foreach (var line in lines)
        {
            if (block is null && !inOther && line == "```" + language)
            {
                block = [];
            }
            else if (block is null && line.StartsWith("```", StringComparison.Ordinal))
            {
                inOther = !inOther;
            }
            else if (block is not null && line == "```")
            {
                blocks.Add(string.Join("\n", block));
                block = null;
            }
            else
            {
                block?.Add(line);
            }
        }

        return blocks;
    }

    /// <summary>The lines of a page outside fenced code blocks, with their numbers counted from 1.</summary>
    public static IEnumerable<(string Line, int Number)> LinesOutsideCodeBlocks(string file)
    {
        string? fence = null;
        foreach (var (line, number) in RepositoryFiles.Lines(file))
        {
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
            }
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal))
            {
                fence = null;
            }
            else if (fence is null)
            {
                yield return (line, number);
            }
        }
    }

    /// <summary>The targets of the inline links and images, and of a link reference definition, on one line.</summary>
    public static IEnumerable<string> LinkTargets(string line)
    {
        var text = CodeSpan().Replace(line, string.Empty);
        foreach (Match match in InlineLink().Matches(text))
        {
            yield return match.Groups["target"].Value;
        }

        if (ReferenceDefinition().Match(text) is { Success: true } definition)
        {
            yield return definition.Groups["target"].Value;
        }
    }

    /// <summary>
    /// Words in backticks that are relative paths to files: only path characters, a '/', and a file
    /// extension of <see cref="PathExtensions"/>. Templates (<c>IRPxxxx.md</c>, <c>&lt;Area&gt;/x.cs</c>), paths
    /// with an anchor, and folders (often made at run time, such as <c>drop/rejected/</c>) are not checked.
    /// </summary>
    public static IEnumerable<string> PathsInBackticks(string line) =>
        CodeSpan().Matches(line)
            .Select(m => m.Groups["code"].Value)
            .Where(code => PathCharacters().IsMatch(code)
                && code.Contains('/', StringComparison.Ordinal)
                && !code.StartsWith('/')
                && !code.Contains("xxx", StringComparison.OrdinalIgnoreCase)
                && PathExtensions.Any(e => code.EndsWith(e, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The anchors of a page as a Markdown renderer makes them from its headings, and its explicit HTML anchors.</summary>
    public static HashSet<string> Anchors(string file)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, _) in LinesOutsideCodeBlocks(file))
        {
            if (Heading().Match(line) is { Success: true } heading)
            {
                var slug = Slug(heading.Groups["text"].Value);
                var seen = counts.GetValueOrDefault(slug);
                anchors.Add(seen == 0 ? slug : $"{slug}-{seen}");
                counts[slug] = seen + 1;
            }

            foreach (Match html in HtmlAnchor().Matches(line))
            {
                anchors.Add(html.Groups["id"].Value);
            }
        }

        return anchors;
    }

    /// <summary>Lower case; letters, digits, '-' and '_' kept; a space becomes '-'; everything else goes.</summary>
    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    [GeneratedRegex("`(?<code>[^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\]\(\s*<?(?<target>[^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*<?(?<target>[^\s>]+)>?", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^[A-Za-z0-9_./-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PathCharacters();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.*?)\s*#*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<a\s+(?:id|name)=""(?<id>[^""]+)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAnchor();
}
