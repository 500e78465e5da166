using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>IRP5002: "Name it clearly: #incident-2024-03-15-payments-down", from the detection date and the title.</summary>
[Name("IRP5002 Name the incident channel")]
[Tag("IRP5002")]
[Priority(RulePriorities.Reaction)]
internal sealed class ChannelNameRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        IncidentDetected detected = null!;

        When()
            .Match(() => detected);

        Then()
            .Do(ctx => ctx.Insert(new ChannelNamed(ChannelName.For(detected.Incident, policy.Calendar), detected.At)));
    }
}
