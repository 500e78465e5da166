using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>IRP5003: a customer update due while unresolved was not posted within the level's customer update cadence (docs/rules/IRP5003.md).</summary>
[Name(CustomerUpdateMissedRule.Id + " Customer update missed")]
[Tag(CustomerUpdateMissedRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class CustomerUpdateMissedRule(RuleContext policy) : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP5003";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "Customer updates follow the customer cadence",
        "No customer update by {0}: the {1} customer update cadence is {2}", RuleCategories.Communication, RuleSeverity.Warning);

    public override void Define()
    {
        TimerElapsed elapsed = null!;

        When()
            .Match(() => elapsed, e => e.Timer is CustomerUpdateTimer);

        Then()
            .Do(ctx => policy.Report(
                ctx, Descriptor, elapsed.At, elapsed.At, elapsed.Of<CustomerUpdateTimer>().Level.Name, elapsed.Of<CustomerUpdateTimer>().Cadence.Amount));
    }
}
