using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Rules;
using IncidentPolicy.Rules.Escalation;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// IRP9007: a later phase of a level's cadence schedule whose cadence is longer than the level's escalation
/// delay. An incident that enters the level while that phase is in force (lowered to it, or escalated into
/// it late) is due its first update one such cadence later, but escalates one delay after entering: it
/// escalates before anyone is told how it goes. The first phase (the cadence at detection) is IRP9002's.
/// Business days compare as <see cref="PolicyDurationComparison"/> says. Silent while IRP3001 is <c>none</c>.
/// </summary>
internal sealed class CadencePhaseOutlastsEscalationCheck : IPolicyCheck
{
    /// <summary>The check's ID.</summary>
    public const string Id = "IRP9007";

    /// <summary>IRP9007: a later phase of a level's cadence schedule is longer than its escalation delay.</summary>
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Every phase of a cadence schedule updates before the level escalates",
        "{0} posts status updates every {1} in phase {2} of its cadence schedule (updateCadence) but escalates to {3} after {4} (escalateAfter): "
        + "an incident entering {0} during that phase escalates before its first update is due", RuleCategories.Configuration, RuleSeverity.Warning);

    public IEnumerable<PolicyCheckFinding> Find(ResponsePolicy policy)
    {
        if (!RuleStates.IsOn(policy, EscalationRule.Descriptor))
        {
            return [];
        }

        return policy.Levels
            .Where(l => l.Escalation is not null)
            .SelectMany(l => l.UpdateCadence.Phases
                .Select((phase, index) => (Level: l, Phase: phase, Index: index))
                .Skip(1)
                .Where(p => PolicyDurationComparison.IsSurelyLonger(p.Phase.Every, l.Escalation!.After, policy.Calendar)))
            .Select(p => new PolicyCheckFinding(
                ProblemLocation.Level(p.Level.Name).Field(InputField.UpdateCadence).Index(p.Index).Field(InputField.Every),
                Descriptor.FormatMessage(
                    p.Level.Name, p.Phase.Every.Amount, p.Index + 1, p.Level.Escalation!.To, DurationText.Format(p.Level.Escalation.After))));
    }
}
