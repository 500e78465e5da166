using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Rules;
using IncidentPolicy.Rules.Escalation;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// IRP9002: a level whose update cadence is longer than its escalation delay. The first status update is
/// due one cadence after the incident enters the level, the escalation one delay after, so an incident
/// left alone escalates before anyone is told how it goes. A cadence equal to the delay is fine: the
/// update falls due at the escalation instant. For a cadence schedule the first phase is compared (the cadence
/// at detection); later phases are IRP9007's. Business days compare as <see cref="PolicyDurationComparison"/> says.
/// Silent while IRP3001 is <c>none</c> (no escalation).
/// </summary>
internal sealed class SilentUntilEscalationCheck : IPolicyCheck
{
    /// <summary>The check's ID.</summary>
    public const string Id = "IRP9002";

    /// <summary>IRP9002: a level's update cadence is longer than its escalation delay, so it escalates before its first update.</summary>
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A status update is due before the level escalates",
        "{0} posts status updates every {1} (updateCadence) but escalates to {2} after {3} (escalateAfter): "
        + "an unresolved {0} incident escalates before its first update is due, so stakeholders hear nothing while it is {0}", RuleCategories.Configuration, RuleSeverity.Warning);

    public IEnumerable<PolicyCheckFinding> Find(ResponsePolicy policy)
    {
        if (!RuleStates.IsOn(policy, EscalationRule.Descriptor))
        {
            return [];
        }

        return policy.Levels
            .Where(l => l.Escalation is { } step && PolicyDurationComparison.IsSurelyLonger(l.UpdateCadence.First, step.After, policy.Calendar))
            .Select(l => new PolicyCheckFinding(
                l.UpdateCadence.IsSingle
                    ? ProblemLocation.Level(l.Level.Name).Field(InputField.UpdateCadence)
                    : ProblemLocation.Level(l.Level.Name).Field(InputField.UpdateCadence).Index(0).Field(InputField.Every),
                Descriptor.FormatMessage(
                    l.Level.Name, l.UpdateCadence.First.Amount, l.Escalation!.To, DurationText.Format(l.Escalation.After))));
    }
}
