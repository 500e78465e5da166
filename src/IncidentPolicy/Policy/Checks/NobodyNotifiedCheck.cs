using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Rules;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// IRP9001: a level with an empty <c>notify</c> list. The notification rule (IRP4001) is how a level
/// calls people in; with no recipient, an incident detected at that level reaches nobody. Silent while
/// IRP4001 is <c>none</c>, because then the lists are not used.
/// </summary>
internal sealed class NobodyNotifiedCheck : IPolicyCheck
{
    public RuleDescriptor Descriptor => PolicyChecks.NobodyNotified;

    public IEnumerable<PolicyCheckFinding> Find(ResponsePolicy policy)
    {
        if (!RuleStates.IsOn(policy, BuiltInRules.Notification))
        {
            return [];
        }

        return policy.Levels
            .Where(l => l.Notify.IsEmpty)
            .Select(l => new PolicyCheckFinding(ProblemLocation.Level(l.Level.Name).Field(InputField.Notify), Descriptor.FormatMessage(l.Level.Name)));
    }
}
