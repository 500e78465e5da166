using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Text;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Review;

/// <summary>IRP7001: "Conduct a post-incident review within 48 hours of resolution for P0/P1 incidents and within one week for P2."</summary>
[Name(ReviewMissedRule.Id + " Post-incident review missed")]
[Tag(ReviewMissedRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class ReviewMissedRule(RuleContext policy) : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP7001";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "Post-incident review is completed in time",
        "No post-incident review by {0}: a {1} incident is reviewed within {2} of resolution", RuleCategories.Review, RuleSeverity.Warning);

    public override void Define()
    {
        TimerElapsed elapsed = null!;

        When()
            .Match(() => elapsed, e => e.Timer is ReviewTimer);

        Then()
            .Do(ctx => policy.Report(
                ctx, Descriptor, elapsed.At, elapsed.At, elapsed.Of<ReviewTimer>().Peak.Name, elapsed.Of<ReviewTimer>().Peak.ReviewWithin!.Amount));
    }
}
