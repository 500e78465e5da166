using System.Linq;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>
/// At detection, a timer for every instant at which a phase of any level's cadence schedule begins
/// (detection plus the cumulative <c>for</c> of the phases before it). A policy without schedules has none.
/// </summary>
[Name("Communication: mark the phases of the cadence schedules")]
[Priority(RulePriorities.Reaction)]
internal sealed class StartCadencePhasesRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        IncidentDetected detected = null!;

        When()
            .Match(() => detected);

        Then()
            .Do(ctx => ctx.InsertAll(policy.Policy.Levels
                .SelectMany(l => l.UpdateCadence.Phases.Take(l.UpdateCadence.Phases.Length - 1)
                    .Select((_, i) => l.UpdateCadence.Phases.Take(i + 1).Aggregate(NodaTime.Duration.Zero, (sum, p) => sum + p.For!.Value)))
                .Distinct()
                .Order()
                .Select(age => new CadencePhaseTimer(detected.At + age))));
    }
}
