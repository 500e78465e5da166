using System;
using System.Collections.Generic;

namespace IncidentPolicy.Validation;

/// <summary>
/// The known name a misspelt one most likely meant, for "did you mean" hints: the nearest by
/// Damerau–Levenshtein distance in its optimal-string-alignment form (an insertion, a deletion, a
/// substitution or a swap of two adjacent characters each count 1; no substring is edited twice), if it is
/// at most 2. Compared case-sensitively, so a difference of case alone counts 1 per character.
/// </summary>
internal static class NearestName
{
    /// <summary>The largest distance still worth a suggestion.</summary>
    private const int MaxDistance = 2;

    /// <summary>
    /// The known name nearest to <paramref name="unknown"/> within <see cref="MaxDistance"/>; among names
    /// equally near, the first in <paramref name="known"/>'s order. <see langword="null"/> when none is that near.
    /// </summary>
    public static string? Find(string unknown, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        ArgumentNullException.ThrowIfNull(known);
        string? nearest = null;
        var best = MaxDistance + 1;
        foreach (var name in known)
        {
            // The lengths alone bound the distance from below: no need to align names far apart in length.
            if (Math.Abs(name.Length - unknown.Length) >= best)
            {
                continue;
            }

            var distance = Distance(unknown, name);
            if (distance < best)
            {
                (nearest, best) = (name, distance);
            }
        }

        return nearest;
    }

    /// <summary>The optimal-string-alignment distance between two strings, compared ordinally; three rows of the usual table suffice.</summary>
    private static int Distance(string a, string b)
    {
        // Row i holds the distances between the first i characters of a and every prefix of b.
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var distance = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    distance = Math.Min(distance, beforePrevious[j - 2] + 1);
                }

                current[j] = distance;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
