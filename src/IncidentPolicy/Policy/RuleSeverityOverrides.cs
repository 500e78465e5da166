using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Policy;

/// <summary>
/// Rule severities set by configuration, with <c>.editorconfig</c>'s precedence: a rule's own entry
/// over its category's, over the one for all rules, over the rule's default.
/// </summary>
public sealed record RuleSeverityOverrides
{
    /// <summary>Creates overrides.</summary>
    /// <param name="rules">Per rule ID, e.g. <c>IRP3001 = None</c>.</param>
    /// <param name="categories">Per category, e.g. <c>Communication = Error</c>.</param>
    /// <param name="all">For every configurable rule, or <see langword="null"/>.</param>
    public RuleSeverityOverrides(
        IEnumerable<KeyValuePair<string, RuleSeverity>>? rules = null,
        IEnumerable<KeyValuePair<string, RuleSeverity>>? categories = null,
        RuleSeverity? all = null)
    {
        Rules = (rules ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal);
        Categories = (categories ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal);
        All = all;
    }

    /// <summary>No overrides: every rule has its default severity.</summary>
    public static RuleSeverityOverrides None { get; } = new();

    /// <summary>Severity per rule ID.</summary>
    public ImmutableSortedDictionary<string, RuleSeverity> Rules { get; }

    /// <summary>Severity per category.</summary>
    public ImmutableSortedDictionary<string, RuleSeverity> Categories { get; }

    /// <summary>Severity for all configurable rules, if set.</summary>
    public RuleSeverity? All { get; }

    /// <summary>
    /// The severity in force for a rule. A rule that is not configurable keeps its default; a rule not
    /// enabled by default is <see cref="RuleSeverity.None"/> unless configured.
    /// </summary>
    /// <param name="descriptor">The rule.</param>
    /// <returns>Its effective severity.</returns>
    public RuleSeverity EffectiveSeverity(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (!descriptor.IsConfigurable)
        {
            return descriptor.DefaultSeverity;
        }

        if (Rules.TryGetValue(descriptor.Id, out var byId))
        {
            return byId;
        }

        if (Categories.TryGetValue(descriptor.Category, out var byCategory))
        {
            return byCategory;
        }

        return All ?? descriptor.DefaultSeverity;
    }

    /// <inheritdoc />
    public bool Equals(RuleSeverityOverrides? other) =>
        other is not null && All == other.All && Rules.SequenceEqual(other.Rules) && Categories.SequenceEqual(other.Categories);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(All, Rules.Count, Categories.Count);
}
