using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>The first status update is due one cadence of the classified level after detection.</summary>
[Name("Communication: start the update cadence")]
[Priority(RulePriorities.Reaction)]
internal sealed class StartUpdateCadenceRule : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;

        When()
            .Match(() => change, c => c.From == null);

        Then()
            .Do(ctx => ctx.Insert(new UpdateTimer(change.At + change.To.UpdateCadence, change.To, change.At, null)));
    }
}
