using System.Globalization;

namespace IncidentPolicy.Cli.Output;

/// <summary>Counts in words for people: <c>1 notification</c>, <c>0 notifications</c>, <c>2 diagnostics</c>.</summary>
internal static class Plural
{
    /// <summary>The count and the noun, plural unless the count is exactly 1 (nouns of the tool take an "s").</summary>
    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
