using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>The first status update is due one cadence of the classified level after detection.</summary>
[Name("Communication: start the update cadence")]
[Priority(RulePriorities.Reaction)]
internal sealed class StartUpdateCadenceRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        TrackedIncident incident = null!;

        When()
            .Match(() => change, c => c.From == null)
            .Match(() => incident);

        Then()
            .Do(ctx => ctx.Insert(UpdateCadenceClock.Next(change.To, incident.Record.DetectedAt, change.At, policy.Calendar, null)));
    }
}
