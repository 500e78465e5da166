using System.Collections.Immutable;

namespace IncidentPolicy.Evaluation.Resume;

/// <summary>
/// One fact of an incident's state in a checkpoint, as the wire format carries it: its kind and its values,
/// in the order <see cref="CheckpointFactCodec"/> defines for the kind.
/// </summary>
/// <param name="Kind">The kind of fact, such as <c>updateTimer</c>.</param>
/// <param name="Values">Its values as text (instants in ISO-8601, levels by name, enums by their wire names).</param>
internal sealed record CheckpointFact(string Kind, ImmutableArray<string> Values)
{
    /// <summary>
    /// The order a checkpoint writes its facts in, whatever order the session held them in: by kind, then value by
    /// value (ordinal), and a fact whose values begin another's first. A total order, so the same state always writes
    /// the same bytes, even for kinds whose facts differ in their number of values.
    /// </summary>
    /// <param name="a">One fact.</param>
    /// <param name="b">The other.</param>
    /// <returns>Negative when <paramref name="a"/> is written first, positive when <paramref name="b"/> is, zero when they are equal.</returns>
    public static int Compare(CheckpointFact a, CheckpointFact b)
    {
        var order = string.CompareOrdinal(a.Kind, b.Kind);
        for (var i = 0; order == 0 && i < a.Values.Length && i < b.Values.Length; i++)
        {
            order = string.CompareOrdinal(a.Values[i], b.Values[i]);
        }

        return order != 0 ? order : a.Values.Length.CompareTo(b.Values.Length);
    }
}
