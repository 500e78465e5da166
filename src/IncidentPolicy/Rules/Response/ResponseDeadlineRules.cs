using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Response;

/// <summary>The response clock starts at detection with the classified level's response time.</summary>
[Name("Response: start the response clock")]
[Priority(RulePriorities.Reaction)]
internal sealed class StartResponseClockRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;

        When()
            .Match(() => change, c => c.From == null);

        Then()
            .Do(ctx => ctx.Insert(new ResponseTimer(change.To.ResponseTime.DueAfter(change.At, policy.Calendar), change.To, change.At)));
    }
}

/// <summary>A rise before the response makes the deadline the earlier of the current one and the rise plus the new level's response time.</summary>
[Name("Response: a rise moves the response deadline earlier")]
[Priority(RulePriorities.Reaction)]
internal sealed class TightenResponseDeadlineRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        ResponseTimer timer = null!;
        Instant candidate = default;

        When()
            .Match(() => change, c => c.IsRise)
            .Match(() => timer)
            .Let(() => candidate, () => change.To.ResponseTime.DueAfter(change.At, policy.Calendar))
            .Having(() => candidate < timer.DueAt);

        Then()
            .Do(ctx => ctx.Replace(timer, new ResponseTimer(candidate, change.To, change.At)));
    }
}

/// <summary>The first acknowledgement, or the resolution when it comes first, meets the response deadline.</summary>
[Name("Response: acknowledgement meets the deadline")]
[Priority(RulePriorities.Reaction)]
internal sealed class MeetResponseDeadlineRule : Rule
{
    public override void Define()
    {
        EventOccurred response = null!;
        ResponseTimer timer = null!;

        When()
            .Match(() => response, e => e.Event is Acknowledged || e.Event is Resolved)
            .Match(() => timer);

        Then()
            .Do(ctx => Meet(ctx, timer));
    }

    private static void Meet(IContext context, ResponseTimer timer) =>
        context.Replace(timer, new DeadlineOutcome(DeadlineKind.Response, timer.DueAt, met: true));
}

/// <summary>A response deadline reached without a response is missed; it keeps its value in the result.</summary>
[Name("Response: the deadline passes")]
[Priority(RulePriorities.Reaction)]
internal sealed class MissResponseDeadlineRule : Rule
{
    public override void Define()
    {
        TimerElapsed<ResponseTimer> elapsed = null!;

        When()
            .Match(() => elapsed);

        Then()
            .Do(ctx => ctx.Insert(new DeadlineOutcome(DeadlineKind.Response, elapsed.At, false)));
    }
}
