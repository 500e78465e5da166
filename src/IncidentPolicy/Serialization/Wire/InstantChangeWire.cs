using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A change of a deadline (<c>deadlines.responseBy</c>, ...) or of <c>nextEvaluationAt</c>: the two instants, <c>null</c> where not set.</summary>
internal sealed record InstantChangeWire(string Path, string Change, Instant? Before, Instant? After) : BehaviourChangeWire;
