using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Text;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Review;

/// <summary>IRP7001: "Conduct a post-incident review within 48 hours of resolution for P0/P1 incidents and within one week for P2."</summary>
[Name("IRP7001 Post-incident review missed")]
[Tag("IRP7001")]
[Priority(RulePriorities.Reaction)]
internal sealed class ReviewMissedRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        TimerElapsed<ReviewTimer> elapsed = null!;

        When()
            .Match(() => elapsed);

        Then()
            .Do(ctx => policy.Report(
                ctx, BuiltInRules.ReviewMissed, elapsed.At, elapsed.At, elapsed.Timer.Peak.Level.Name, DurationText.Format(elapsed.Timer.Peak.ReviewWithin!.Value)));
    }
}
