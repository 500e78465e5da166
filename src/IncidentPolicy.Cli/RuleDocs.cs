using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace IncidentPolicy.Cli;

/// <summary>The rule pages of docs/rules, embedded in the tool (resources <c>rules/&lt;ID&gt;.md</c>).</summary>
internal static class RuleDocs
{
    private const string Prefix = "rules/";
    private const string Suffix = ".md";

    private static Assembly Assembly => typeof(RuleDocs).Assembly;

    /// <summary>The IDs that have a page, in ordinal order.</summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        .. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The page of <paramref name="id"/> (any case), or <see langword="null"/> when there is none.</summary>
    public static string? Page(string id)
    {
        var known = Ids.FirstOrDefault(i => string.Equals(i, id.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            return null;
        }

        using var stream = Assembly.GetManifestResourceStream(Prefix + known + Suffix)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
