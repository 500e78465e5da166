using System;
using System.Collections.Immutable;
using System.Linq;

namespace IncidentPolicy.Policy;

/// <summary>
/// The layout runbooks follow (policy <c>documents.runbook</c>): the H2 sections they need, the section whose
/// H3s are the steps, and the paths of files that are runbooks whatever their title.
/// </summary>
public sealed record RunbookSettings
{
    /// <summary>The name of the escalation section; when it is required, a step titled <c>Escalat...</c> satisfies it too.</summary>
    public const string EscalationSection = "Escalation";

    /// <summary>The procedure's layout: <c>When to Use</c>, <c>Prerequisites</c>, <c>Steps</c> and an escalation; steps are the H3s of <c>Steps</c>.</summary>
    public static RunbookSettings Default { get; } = new();

    /// <summary>The required H2 sections (IRP8001), matched as the start of a heading's text, case-insensitively.</summary>
    public ImmutableArray<string> Sections { get; init; } = ["When to Use", "Prerequisites", "Steps", EscalationSection];

    /// <summary>The section whose H3 headings are the steps; a steps section without H3s is one step.</summary>
    public string StepsSection
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = "Steps";

    /// <summary>Path patterns (<c>*</c>, <c>**</c>, <c>?</c>) of files that are runbooks whatever their first heading, e.g. <c>runbooks/**/*.md</c>.</summary>
    public ImmutableArray<string> Paths { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(RunbookSettings? other) =>
        other is not null
        && Sections.SequenceEqual(other.Sections, StringComparer.Ordinal)
        && StepsSection == other.StepsSection
        && Paths.SequenceEqual(other.Paths, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sections.Length, StepsSection, Paths.Length);
}
