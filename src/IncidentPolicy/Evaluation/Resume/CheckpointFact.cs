using System.Collections.Immutable;

namespace IncidentPolicy.Evaluation.Resume;

/// <summary>
/// One fact of an incident's state in a checkpoint, as the wire format carries it: its kind and its values,
/// in the order <see cref="CheckpointFactCodec"/> defines for the kind.
/// </summary>
/// <param name="Kind">The kind of fact, such as <c>updateTimer</c>.</param>
/// <param name="Values">Its values as text (instants in ISO-8601, levels by name, enums by their wire names).</param>
internal sealed record CheckpointFact(string Kind, ImmutableArray<string> Values);
