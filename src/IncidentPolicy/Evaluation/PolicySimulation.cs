using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>A what-if timeline of one incident (<see cref="PolicySimulator.Simulate"/>).</summary>
/// <param name="IncidentId">The incident's id.</param>
/// <param name="From">Where the timeline starts: the incident's detection.</param>
/// <param name="Until">The horizon: nothing after it is simulated.</param>
/// <param name="Actions">Everything the policy does in [<paramref name="From"/>, <paramref name="Until"/>], in time order.</param>
/// <param name="EvaluatedAt">
/// The instants evaluated: detection, each recorded event and each <c>NextEvaluationAt</c> up to the
/// horizon — the wake-ups of a host that never polls.
/// </param>
/// <param name="Final">The evaluation at <paramref name="Until"/>: where the incident stands at the horizon.</param>
public sealed record PolicySimulation(
    string IncidentId,
    Instant From,
    Instant Until,
    ImmutableArray<SimulatedAction> Actions,
    ImmutableArray<Instant> EvaluatedAt,
    PolicyEvaluation Final);
