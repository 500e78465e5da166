using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;

namespace IncidentPolicy.Rules;

/// <summary>
/// The built-in rules of the policy semantics (docs/semantics.md). Each rule's descriptor lives with the
/// rule class that owns it; this catalogue finds them all. Each has a page <c>docs/rules/&lt;ID&gt;.md</c>.
/// </summary>
public static class BuiltInRules
{
    /// <summary>Every built-in rule, by ID.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } = Discover();

    /// <summary>The built-in rule with ID <paramref name="id"/>.</summary>
    /// <param name="id">A rule ID, e.g. <c>IRP3001</c>.</param>
    /// <returns>Its descriptor.</returns>
    /// <exception cref="KeyNotFoundException">No built-in rule has that ID.</exception>
    public static RuleDescriptor Get(string id) =>
        All.FirstOrDefault(r => r.Id == id)
        ?? throw new KeyNotFoundException($"There is no built-in rule '{id}'; the built-in rules are {string.Join(", ", All.Select(r => r.Id))}.");

    private static ImmutableArray<RuleDescriptor> Discover() =>
    [
        .. typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IBuiltInRule).IsAssignableFrom(t))
            .Select(t => (RuleDescriptor)t.GetProperty(nameof(IBuiltInRule.Descriptor), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .OrderBy(r => r.Id, StringComparer.Ordinal),
    ];
}
