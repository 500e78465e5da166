using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Rules;
using IncidentPolicy.Validation;
using IncidentPolicy.Rules.Notification;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// IRP9001: a level with an empty <c>notify</c> list. The notification rule (IRP4001) is how a level
/// calls people in; with no recipient, an incident detected at that level reaches nobody. Silent while
/// IRP4001 is <c>none</c>, because then the lists are not used.
/// </summary>
internal sealed class NobodyNotifiedCheck : IPolicyCheck
{
    /// <summary>The check's ID.</summary>
    public const string Id = "IRP9001";

    /// <summary>IRP9001: a level notifies nobody, so an incident at that level calls no one to respond.</summary>
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Every level notifies someone",
        "{0} notifies nobody (notify is []): an incident detected at {0} calls no one to respond, and one raised to {0} tells no one new", RuleCategories.Configuration, RuleSeverity.Warning);

    public IEnumerable<PolicyCheckFinding> Find(ResponsePolicy policy)
    {
        if (!RuleStates.IsOn(policy, NotifyRecipientOnceRule.Descriptor))
        {
            return [];
        }

        return policy.Levels
            .Where(l => l.Notify.IsEmpty)
            .Select(l => new PolicyCheckFinding(ProblemLocation.Level(l.Level.Name).Field(InputField.Notify), Descriptor.FormatMessage(l.Level.Name)));
    }
}
