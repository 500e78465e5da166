using System;
using System.Collections.Generic;

namespace IncidentPolicy.Model;

/// <summary>
/// A severity level of a policy, such as <c>P0</c>. Levels are data, not an enum: a policy may rename
/// them or add more. They are ordered by <see cref="Rank"/>: the lower the rank, the more severe the level (0, 1, 2 or 1, 2, 3 alike).
/// </summary>
/// <remarks>Two levels are equal when both name and rank are equal.</remarks>
public sealed record SeverityLevel
{
    /// <summary>Creates a level.</summary>
    /// <param name="name">The level's name as it appears on the wire, e.g. <c>P1</c>.</param>
    /// <param name="rank">Its rank, 0 or more: the lower, the more severe; larger numbers are less severe.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is negative.</exception>
    public SeverityLevel(string name, int rank)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(rank);
        Name = name;
        Rank = rank;
    }

    /// <summary>The level's name, e.g. <c>P1</c>.</summary>
    public string Name { get; }

    /// <summary>The level's rank: the lower, the more severe. The most severe level of a policy is the one with its lowest rank, which need not be 0.</summary>
    public int Rank { get; }

    /// <summary>Whether this level is strictly more severe (lower rank) than <paramref name="other"/>.</summary>
    /// <param name="other">The level to compare with.</param>
    /// <returns><see langword="true"/> when this level's rank is lower.</returns>
    public bool IsMoreSevereThan(SeverityLevel other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Rank < other.Rank;
    }

    /// <summary>Orders levels from most to least severe (by rank, then name).</summary>
    public static IComparer<SeverityLevel> MostSevereFirst { get; } = Comparer<SeverityLevel>.Create(
        (x, y) => x.Rank != y.Rank ? x.Rank.CompareTo(y.Rank) : string.CompareOrdinal(x.Name, y.Name));

    /// <inheritdoc />
    public override string ToString() => Name;
}
