using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// The catalogue of the policy checks (IRP9xxx, category <see cref="RuleCategories.Configuration"/>): one
/// descriptor per check of a valid policy's settings, each defined by its check class.
/// <see cref="PolicyAnalyzer.Analyze"/> runs them; a policy's <see cref="ResponsePolicy.RuleSeverities"/>
/// configures them like the built-in rules. Each has a page <c>docs/rules/&lt;ID&gt;.md</c>.
/// </summary>
public static class PolicyChecks
{
    /// <summary>Every policy check, by ID.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } = [.. PolicyAnalyzer.Checks.Select(c => c.Descriptor)];

    /// <summary>The policy check with ID <paramref name="id"/>.</summary>
    /// <param name="id">A check ID, e.g. <c>IRP9001</c>.</param>
    /// <returns>Its descriptor.</returns>
    /// <exception cref="KeyNotFoundException">No policy check has that ID.</exception>
    public static RuleDescriptor Get(string id) =>
        All.FirstOrDefault(r => r.Id == id)
        ?? throw new KeyNotFoundException($"There is no policy check '{id}'; the policy checks are {string.Join(", ", All.Select(r => r.Id))}.");
}
