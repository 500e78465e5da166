using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Policy;

/// <summary>The invariants every <see cref="ResponsePolicy"/> keeps, checked all at once so every problem is reported.</summary>
internal static class PolicyInvariants
{
    public static IEnumerable<ValidationProblem> Check(ResponsePolicy policy)
    {
        if (policy.Levels.IsEmpty)
        {
            yield return new("$.severities", "a policy needs at least one severity level");
            yield break;
        }

        var names = policy.Levels.Select(l => l.Level.Name).ToHashSet(System.StringComparer.Ordinal);
        var known = string.Join(", ", policy.Levels.Select(l => l.Level.Name));
        foreach (var group in policy.Levels.GroupBy(l => l.Level.Name, System.StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new($"$.severities.{group.Key}", $"the level name {Quote.Json(group.Key)} is used {group.Count()} times");
        }

        foreach (var group in policy.Levels.GroupBy(l => l.Level.Rank).Where(g => g.Count() > 1))
        {
            yield return new(
                $"$.severities.{group.First().Level.Name}.rank",
                $"levels {string.Join(", ", group.Select(l => l.Level.Name))} share rank {group.Key}; each level needs its own rank");
        }

        foreach (var level in policy.Levels)
        {
            var path = $"$.severities.{level.Level.Name}";
            if (level.Escalation is { } escalation)
            {
                var target = policy.Levels.FirstOrDefault(l => l.Level.Name == escalation.To);
                if (target is null)
                {
                    yield return new($"{path}.escalateTo", $"unknown level {Quote.Json(escalation.To)}; the policy's levels are {known}");
                }
                else if (!target.Level.IsMoreSevereThan(level.Level))
                {
                    yield return new(
                        $"{path}.escalateTo",
                        $"must name a level more severe than {level.Level.Name} (escalation only rises, so the chain ends), got {Quote.Json(escalation.To)}");
                }
            }

            for (var i = 0; i < level.Notify.Length; i++)
            {
                if (!policy.RecipientChannels.ContainsKey(level.Notify[i]))
                {
                    yield return new(
                        $"{path}.notify[{i}]",
                        $"unknown recipient {Quote.Json(level.Notify[i])}; known recipients are {string.Join(", ", policy.RecipientChannels.Keys)} (give it a channel under recipients)");
                }
            }
        }

        foreach (var cell in policy.Classification.Cells.Where(c => !names.Contains(c.Value)))
        {
            yield return new(
                $"$.classification.{Identifiers.Camel(cell.Key.Scope)}.{Identifiers.Camel(cell.Key.Users)}",
                $"unknown level {Quote.Json(cell.Value)}; the policy's levels are {known}");
        }
    }
}
