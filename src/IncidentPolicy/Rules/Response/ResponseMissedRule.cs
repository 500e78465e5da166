using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Response;

/// <summary>IRP2001: no acknowledgement by the response deadline (docs/rules/IRP2001.md).</summary>
[Name(ResponseMissedRule.Id + " Response time missed")]
[Tag(ResponseMissedRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class ResponseMissedRule(RuleContext policy) : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP2001";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "Response time missed",
        "No acknowledgement by {0}: the {1} response time is {2}", RuleCategories.Response, RuleSeverity.Error);

    public override void Define()
    {
        TimerElapsed elapsed = null!;

        When()
            .Match(() => elapsed, e => e.Timer is ResponseTimer);

        Then()
            .Do(ctx => policy.Report(
                ctx, Descriptor, elapsed.At, elapsed.At, elapsed.Of<ResponseTimer>().Level.Name, elapsed.Of<ResponseTimer>().Level.ResponseTime));
    }
}
