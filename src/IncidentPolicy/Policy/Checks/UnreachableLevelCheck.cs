using System.Collections.Generic;
using System.Linq;
using System;
using IncidentPolicy.Rules;
using IncidentPolicy.Validation;
using IncidentPolicy.Rules.Escalation;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// IRP9003: a level no automatic rule puts an incident at. The rules that set a level are the
/// classification matrix (IRP1001, and unknown answers read a cell too), a security breach or data
/// corruption (always the most severe level) and escalation (IRP3001, while it is on). Any escalation
/// step that names the level counts, whichever way the incident entered the step's own level.
/// </summary>
internal sealed class UnreachableLevelCheck : IPolicyCheck
{
    /// <summary>The check's ID.</summary>
    public const string Id = "IRP9003";

    /// <summary>IRP9003: no classification cell, escalation or forced level reaches a level; only a person can assign it.</summary>
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Every level can be reached automatically",
        "No rule puts an incident at {0}: no classification cell names it, {1}, and a security breach or data corruption gives {2}; "
        + "only a person can assign {0}, so its response time, update cadence and recipients apply only after a manual assignment", RuleCategories.Configuration, RuleSeverity.Info);

    public IEnumerable<PolicyCheckFinding> Find(ResponsePolicy policy)
    {
        var classified = policy.Classification.Cells.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var escalationIsOn = RuleStates.IsOn(policy, EscalationRule.Descriptor);
        foreach (var level in policy.Levels.Where(l => l != policy.MostSevere && !classified.Contains(l.Level.Name)))
        {
            var name = level.Level.Name;
            var sources = policy.Levels.Where(l => l.Escalation?.To == name).Select(l => l.Level.Name).ToList();
            if (sources.Count > 0 && escalationIsOn)
            {
                continue;
            }

            var escalation = sources.Count switch
            {
                0 => "no level escalates to it",
                1 => $"the escalation to it from {sources[0]} is off (IRP3001 is none)",
                _ => $"the escalations to it from {string.Join(", ", sources)} are off (IRP3001 is none)",
            };
            yield return new PolicyCheckFinding(ProblemLocation.Level(name), Descriptor.FormatMessage(name, escalation, policy.MostSevere.Level.Name));
        }
    }
}
