using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Evaluation;

/// <summary>Rule severity overrides must name rules that exist and may be configured.</summary>
internal static class RuleOverrideCheck
{
    public static IEnumerable<ValidationProblem> Check(RuleSeverityOverrides overrides, IReadOnlyCollection<RuleDescriptor> rules)
    {
        var byId = rules.ToDictionary(r => r.Id, System.StringComparer.Ordinal);
        foreach (var id in overrides.Rules.Keys)
        {
            if (!byId.TryGetValue(id, out var rule))
            {
                yield return new($"$.rules.{id}", $"unknown rule ID {Quote.Json(id)}; known rules are {string.Join(", ", byId.Keys.Order(System.StringComparer.Ordinal))}");
            }
            else if (!rule.IsConfigurable)
            {
                yield return new($"$.rules.{id}.severity", $"{id} ({rule.Title}) is not configurable");
            }
        }

        var categories = rules.Select(r => r.Category).ToHashSet(System.StringComparer.Ordinal);
        foreach (var category in overrides.Categories.Keys.Where(c => !categories.Contains(c)))
        {
            yield return new($"$.categories.{category}", $"unknown category {Quote.Json(category)}; known categories are {string.Join(", ", categories.Order(System.StringComparer.Ordinal))}");
        }
    }
}
