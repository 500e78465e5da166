using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents;

/// <summary>
/// The catalogue of the document rules (IRP8xxx, categories <see cref="RuleCategories.Runbooks"/> and
/// <see cref="RuleCategories.Reviews"/>): each defined by its rule class, found by reflection, configured by a
/// policy's <see cref="Policy.ResponsePolicy.RuleSeverities"/> like every other rule. Each has a page <c>docs/rules/&lt;ID&gt;.md</c>.
/// </summary>
public static class DocumentRules
{
    /// <summary>The rules: every class of this assembly that implements <see cref="IDocumentRule"/>, by ID.</summary>
    internal static ImmutableArray<IDocumentRule> Rules { get; } =
    [
        .. typeof(IDocumentRule).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsInterface && typeof(IDocumentRule).IsAssignableFrom(t))
            .Select(t => (IDocumentRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal),
    ];

    /// <summary>Every document rule, by ID.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } = [.. Rules.Select(r => r.Descriptor)];

    /// <summary>The document rule with ID <paramref name="id"/>.</summary>
    /// <param name="id">A rule ID, e.g. <c>IRP8001</c>.</param>
    /// <returns>Its descriptor.</returns>
    /// <exception cref="KeyNotFoundException">No document rule has that ID.</exception>
    public static RuleDescriptor Get(string id) =>
        All.FirstOrDefault(r => r.Id == id)
        ?? throw new KeyNotFoundException($"There is no document rule '{id}'; the document rules are {string.Join(", ", All.Select(r => r.Id))}.");
}
