using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Rules;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Policy;

/// <summary>The invariants every <see cref="ResponsePolicy"/> keeps, checked all at once so every problem is reported.</summary>
internal static class PolicyInvariants
{
    public static IEnumerable<ValidationProblem> Check(
        IReadOnlyList<SeverityLevelPolicy> levels,
        ClassificationMatrix classification,
        IReadOnlyDictionary<string, NotificationChannel> recipientChannels,
        RuleSeverityOverrides ruleSeverities,
        IReadOnlyCollection<CustomRule> customRules)
    {
        foreach (var problem in CustomRuleProblems(customRules).Concat(OverrideProblems(ruleSeverities, KnownRules.Of(customRules).ToList())))
        {
            yield return problem;
        }

        if (levels.Count == 0)
        {
            yield return new(ProblemLocation.Root.Field(InputField.Levels), ProblemMessages.MissingBecause("a policy needs at least one severity level"));
            yield break;
        }

        var names = levels.Select(l => l.Level.Name).ToHashSet(System.StringComparer.Ordinal);
        var known = levels.Select(l => l.Level.Name).ToList();
        foreach (var group in levels.GroupBy(l => l.Level.Name, System.StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new(ProblemLocation.Level(group.Key), $"the level name {Quote.Json(group.Key)} is used {group.Count()} times");
        }

        foreach (var group in levels.GroupBy(l => l.Level.Rank).Where(g => g.Count() > 1))
        {
            yield return new(
                ProblemLocation.Level(group.First().Level.Name).Field(InputField.Rank),
                $"levels {string.Join(", ", group.Select(l => l.Level.Name))} share rank {group.Key}; each level needs its own rank");
        }

        foreach (var level in levels)
        {
            var at = ProblemLocation.Level(level.Level.Name);
            if (level.Escalation is { } escalation)
            {
                var target = levels.FirstOrDefault(l => l.Level.Name == escalation.To);
                if (target is null)
                {
                    yield return new(at.Field(InputField.EscalateTo), ProblemMessages.UnknownName("level", escalation.To, known));
                }
                else if (!target.Level.IsMoreSevereThan(level.Level))
                {
                    yield return new(
                        at.Field(InputField.EscalateTo),
                        $"must name a level more severe than {level.Level.Name} (escalation only rises, so the chain ends), got {Quote.Json(escalation.To)}");
                }
            }

            for (var i = 0; i < level.Notify.Length; i++)
            {
                if (!recipientChannels.ContainsKey(level.Notify[i]))
                {
                    yield return new(
                        at.Field(InputField.Notify).Index(i),
                        $"{ProblemMessages.UnknownName("recipient", level.Notify[i], recipientChannels.Keys)} (give it a channel under recipients)");
                }
            }
        }

        foreach (var cell in classification.Cells.Where(c => !names.Contains(c.Value)))
        {
            yield return new(
                ProblemLocation.MatrixCell(cell.Key.Scope, cell.Key.Users),
                ProblemMessages.UnknownName("level", cell.Value, known));
        }
    }

    private static IEnumerable<ValidationProblem> CustomRuleProblems(IReadOnlyCollection<CustomRule> customRules)
    {
        var builtIn = KnownRules.Of([]).Select(r => r.Id).ToHashSet(System.StringComparer.Ordinal);
        foreach (var rule in customRules)
        {
            if (rule.Descriptor.Id.StartsWith("IRP", System.StringComparison.Ordinal) || builtIn.Contains(rule.Descriptor.Id))
            {
                yield return new(
                    ProblemLocation.CustomRule(rule.Descriptor.Id),
                    $"{rule.RuleType.Name} uses the ID {Quote.Json(rule.Descriptor.Id)}: IRP IDs belong to the built-in rules; give your rules a prefix of your own");
            }
        }

        foreach (var group in customRules.GroupBy(r => r.Descriptor.Id, System.StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new(ProblemLocation.CustomRule(group.Key), $"the rule ID {Quote.Json(group.Key)} is registered {group.Count()} times ({string.Join(", ", group.Select(r => r.RuleType.Name))})");
        }
    }

    private static IEnumerable<ValidationProblem> OverrideProblems(RuleSeverityOverrides overrides, IReadOnlyCollection<RuleDescriptor> rules)
    {
        var byId = rules.GroupBy(r => r.Id, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
        foreach (var id in overrides.Rules.Keys)
        {
            if (!byId.TryGetValue(id, out var rule))
            {
                yield return new(ProblemLocation.RuleOverride(id), ProblemMessages.UnknownName("rule", id, byId.Keys.Order(System.StringComparer.Ordinal)));
            }
            else if (!rule.IsConfigurable)
            {
                yield return new(ProblemLocation.RuleOverride(id).Field(InputField.Severity), $"{id} ({rule.Title}) is not configurable");
            }
        }

        var categories = rules.Select(r => r.Category).ToHashSet(System.StringComparer.Ordinal);
        foreach (var category in overrides.Categories.Keys.Where(c => !categories.Contains(c)))
        {
            yield return new(ProblemLocation.CategoryOverride(category), ProblemMessages.UnknownName("category", category, categories.Order(System.StringComparer.Ordinal)));
        }
    }
}
