using System;
using System.Text.RegularExpressions;

namespace IncidentPolicy.Documents.Markdown;

/// <summary>
/// How a heading matches a section name: its text without a leading step number (<c>2.</c>, <c>2)</c> or
/// <c>Step 2:</c>), compared case-insensitively, starts with the name (<c>## Timeline (UTC)</c> is the Timeline).
/// </summary>
internal static partial class SectionNames
{
    public static bool Matches(string headingText, string name) =>
        WithoutStepNumber(headingText).StartsWith(name.Trim(), StringComparison.OrdinalIgnoreCase);

    public static string WithoutStepNumber(string headingText) => StepNumber().Replace(headingText.Trim(), string.Empty, 1);

    [GeneratedRegex(@"^(?:step\s*\d+\s*[:.)\-]?|\d+\s*[.)]|\d+\s*:)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StepNumber();
}
