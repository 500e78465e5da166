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
