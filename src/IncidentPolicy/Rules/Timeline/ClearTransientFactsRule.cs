using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Timeline;

/// <summary>Ends a moment: its happening and what was derived from it leave the session once every rule has reacted.</summary>
[Name("Timeline: clear the moment's transient facts")]
[Priority(RulePriorities.Cleanup)]
internal sealed class ClearTransientFactsRule : Rule
{
    public override void Define()
    {
        ITransientFact fact = null!;

        When()
            .Match(() => fact);

        Then()
            .Do(ctx => ctx.Retract(fact));
    }
}
