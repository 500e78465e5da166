using System;
using System.Text;
using System.Text.RegularExpressions;

namespace IncidentPolicy.Documents;

/// <summary>
/// A path pattern of the policy's <c>documents.runbook.paths</c>: <c>*</c> any characters but <c>/</c>,
/// <c>**</c> any folders (<c>**/</c> also none), <c>?</c> one character but <c>/</c>; matched against the whole
/// path with <c>/</c> separators, a leading <c>./</c> removed, case-sensitively.
/// </summary>
internal static class PathGlob
{
    public static bool Matches(string pattern, string path)
    {
        var normalised = path.Replace('\\', '/');
        while (normalised.StartsWith("./", StringComparison.Ordinal))
        {
            normalised = normalised[2..];
        }

        var trimmed = pattern.Replace('\\', '/');
        while (trimmed.StartsWith("./", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        return Regex.IsMatch(normalised, ToRegex(trimmed), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                if (i + 2 < pattern.Length && pattern[i + 2] == '/')
                {
                    regex.Append("(?:.*/)?");
                    i += 2;
                }
                else
                {
                    regex.Append(".*");
                    i++;
                }
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.Append('$').ToString();
    }
}
