using System.Collections.Immutable;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>One state fact of a checkpoint on the wire: its kind and its values as strings, in the kind's order.</summary>
internal sealed record CheckpointFactWire(string Kind, ImmutableArray<string> Values);
