using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Text;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>IRP5001: a status update due while unresolved was not posted within the level's update cadence (docs/rules/IRP5001.md).</summary>
[Name(UpdateMissedRule.Id + " Status update missed")]
[Tag(UpdateMissedRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class UpdateMissedRule(RuleContext policy) : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP5001";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "Status updates follow the cadence",
        "No status update by {0}: the {1} update cadence is {2}", RuleCategories.Communication, RuleSeverity.Warning);

    public override void Define()
    {
        TimerElapsed elapsed = null!;

        When()
            .Match(() => elapsed, e => e.Timer is UpdateTimer);

        Then()
            .Do(ctx => policy.Report(
                ctx, Descriptor, elapsed.At, elapsed.At, elapsed.Of<UpdateTimer>().Level.Name, elapsed.Of<UpdateTimer>().Cadence.Amount));
    }
}
