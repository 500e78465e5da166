using IncidentPolicy.Evaluation;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Response;

/// <summary>A response deadline reached without a response is missed; it keeps its value in the result.</summary>
[Name("Response: the deadline passes")]
[Priority(RulePriorities.Reaction)]
internal sealed class MissResponseDeadlineRule : Rule
{
    public override void Define()
    {
        TimerElapsed elapsed = null!;

        When()
            .Match(() => elapsed, e => e.Timer is ResponseTimer);

        Then()
            .Do(ctx => ctx.Insert(new DeadlineOutcome(Deadline.ResponseBy, elapsed.At, false)));
    }
}
