using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>The diff of one incident on the wire (docs/policy-diff.md): the record's id and source, the instant compared, the changes in order.</summary>
internal sealed record PolicyDiffWire(string IncidentId, string? Source, Instant At, ImmutableArray<BehaviourChangeWire> Changes);
