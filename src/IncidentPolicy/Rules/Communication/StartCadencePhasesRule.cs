using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>
/// At detection, a timer for every instant at which a phase of any level's cadence schedule (internal or customer)
/// begins (detection plus the cumulative <c>for</c> of the phases before it). A policy without schedules has none.
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
            .Do(ctx => ctx.InsertAll(Timers(policy.Policy, detected.At)));
    }

    private static IEnumerable<CadencePhaseTimer> Timers(ResponsePolicy policy, Instant detectedAt) => policy.Levels
        .SelectMany(Schedules)
        .SelectMany(schedule => schedule.Phases.Take(schedule.Phases.Length - 1)
            .Select((_, i) => schedule.Phases.Take(i + 1).Aggregate(Duration.Zero, (sum, p) => sum + p.For!.Value)))
        .Distinct()
        .Order()
        .Select(age => new CadencePhaseTimer(detectedAt + age));

    private static IEnumerable<CadenceSchedule> Schedules(SeverityLevelPolicy level) =>
        level.CustomerUpdateCadence is { } customer ? [level.UpdateCadence, customer] : [level.UpdateCadence];
}
