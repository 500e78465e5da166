using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Rules;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// IRP9002: a level whose update cadence is longer than its escalation delay. The first status update is
/// due one cadence after the incident enters the level, the escalation one delay after, so an incident
/// left alone escalates before anyone is told how it goes. A cadence equal to the delay is fine: the
/// update falls due at the escalation instant. Silent while IRP3001 is <c>none</c> (no escalation).
/// </summary>
internal sealed class SilentUntilEscalationCheck : IPolicyCheck
{
    public RuleDescriptor Descriptor => PolicyChecks.SilentUntilEscalation;

    public IEnumerable<PolicyCheckFinding> Find(ResponsePolicy policy)
    {
        if (!RuleStates.IsOn(policy, BuiltInRules.Escalation))
        {
            return [];
        }

        return policy.Levels
            .Where(l => l.Escalation is { } step && l.UpdateCadence > step.After)
            .Select(l => new PolicyCheckFinding(
                ProblemLocation.Level(l.Level.Name).Field(InputField.UpdateCadence),
                Descriptor.FormatMessage(
                    l.Level.Name, DurationText.Format(l.UpdateCadence), l.Escalation!.To, DurationText.Format(l.Escalation.After))));
    }
}
