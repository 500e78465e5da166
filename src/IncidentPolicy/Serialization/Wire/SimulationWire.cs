using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// A simulated timeline on the wire (docs/wire-format.md): the span simulated, the actions in order, the
/// instants evaluated, and the evaluation at the horizon in the shape of <see cref="EvaluationWire"/>.
/// </summary>
internal sealed record SimulationWire(
    string IncidentId,
    Instant From,
    Instant Until,
    ImmutableArray<SimulatedActionWire> Actions,
    ImmutableArray<Instant> EvaluatedAt,
    EvaluationWire Final);
