using System;
using System.Collections.Immutable;
using System.Linq;

namespace IncidentPolicy.Policy;

/// <summary>
/// The layout post-incident reviews follow and the names their blame check ignores (policy
/// <c>documents.review</c>).
/// </summary>
public sealed record ReviewSettings
{
    /// <summary>The procedure's layout: the seven sections of its review template, and no names ignored.</summary>
    public static ReviewSettings Default { get; } = new();

    /// <summary>
    /// The required H2 sections (IRP8101), matched as the start of a heading's text, case-insensitively. The
    /// Five Whys check (IRP8103) and the Lessons Learned check (IRP8109) apply only when their section is listed.
    /// </summary>
    public ImmutableArray<string> Sections { get; init; } =
        ["Summary", "Timeline", "Impact", "Root Cause", "Five Whys", "Action Items", "Lessons Learned"];

    /// <summary>Names that are not people (bots, tools, e.g. <c>dependabot</c>): never reported as blame (IRP8106), as a name or an <c>@handle</c>.</summary>
    public ImmutableArray<string> IgnoreNames { get; init; } = [];

    /// <summary>Whether <paramref name="name"/> is one of the required sections.</summary>
    public bool Requires(string name) => Sections.Any(s => string.Equals(s.Trim(), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="name"/> is ignored by the blame check (case-insensitively).</summary>
    public bool Ignores(string name) => IgnoreNames.Any(n => string.Equals(n.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public bool Equals(ReviewSettings? other) =>
        other is not null
        && Sections.SequenceEqual(other.Sections, StringComparer.Ordinal)
        && IgnoreNames.SequenceEqual(other.IgnoreNames, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sections.Length, IgnoreNames.Length);
}
