using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>IRP5002: "Name it clearly: #incident-2024-03-15-payments-down", from the detection date and the title.</summary>
[Name(ChannelNameRule.Id + " Name the incident channel")]
[Tag(ChannelNameRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class ChannelNameRule(RuleContext policy) : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP5002";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "The incident channel is named clearly", "{0}", RuleCategories.Communication, RuleSeverity.Info);

    public override void Define()
    {
        IncidentDetected detected = null!;

        When()
            .Match(() => detected);

        Then()
            .Do(ctx => ctx.Insert(new ChannelNamed(ChannelName.For(detected.Incident, policy.Calendar), detected.At)));
    }
}
