using System;
using System.Collections.Generic;

namespace IncidentPolicy.Validation;

/// <summary>
/// The known name a misspelt one most likely meant, for "did you mean" hints: the nearest by optimal string
/// alignment distance (Damerau–Levenshtein where no substring is edited twice: an insertion, a deletion, a
/// substitution or a swap of two neighbours each count 1), within a distance of 2. Names are compared
/// case-sensitively, so a letter that differs only in case counts 1.
/// </summary>
internal static class NearestName
{
    /// <summary>The largest distance at which a known name is suggested.</summary>
    public const int MaxDistance = 2;

    /// <summary>The known name nearest to <paramref name="unknown"/> within <see cref="MaxDistance"/>, the first of <paramref name="known"/> on a tie; <see langword="null"/> when none is that near.</summary>
    /// <param name="unknown">The name that was given.</param>
    /// <param name="known">The names that would have been understood, in order of preference.</param>
    /// <returns>The suggestion, or <see langword="null"/>.</returns>
    public static string? Find(string unknown, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        ArgumentNullException.ThrowIfNull(known);
        string? best = null;
        var bestDistance = MaxDistance + 1;
        foreach (var name in known)
        {
            if (Math.Abs(name.Length - unknown.Length) >= bestDistance)
            {
                continue;
            }

            var distance = Distance(unknown, name);
            if (distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The optimal string alignment distance between two names.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }

                d[i, j] = best;
            }
        }

        return d[a.Length, b.Length];
    }
}
