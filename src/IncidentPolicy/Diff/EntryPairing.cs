using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace IncidentPolicy.Diff;

/// <summary>
/// Pairs the entries of one list of two evaluations (the severity history, the notifications, the diagnostics).
/// Entries are compared by their wire form, so two entries are equal exactly when they write the same JSON.
/// Equal entries are left out; of the others, those of one key (the rule, the recipient) at one instant are
/// paired in order as changed, then, when as many are left of that key on each side, the rest in order; what
/// is left is removed or added. The pairing is symmetric: swapping the policies swaps before and after.
/// </summary>
internal static class EntryPairing
{
    /// <summary>One difference: an entry under one policy, the other, or both.</summary>
    public readonly record struct Pair<T>(ChangeKind Kind, T? Before, T? After)
        where T : class;

    /// <summary>The differences between <paramref name="before"/> and <paramref name="after"/>, by instant (the earlier of a pair), then removed, changed, added, then key.</summary>
    public static IEnumerable<Pair<T>> Differences<T, TWire>(
        ImmutableArray<T> before, ImmutableArray<T> after, Func<T, TWire> wire, Func<TWire, string> key, Func<TWire, Instant> at)
        where T : class
    {
        var left = Entries(before, wire);
        var right = Entries(after, wire);
        RemoveEqual(left, right);

        var pairs = new List<(Pair<T> Pair, Instant At, string Key)>();
        foreach (var name in left.Concat(right).Select(e => key(e.Wire)).Distinct(StringComparer.Ordinal))
        {
            var ofKey = left.Where(e => key(e.Wire) == name).ToList();
            var otherOfKey = right.Where(e => key(e.Wire) == name).ToList();
            foreach (var instant in ofKey.Select(e => at(e.Wire)).Distinct().ToList())
            {
                var here = ofKey.Where(e => at(e.Wire) == instant).ToList();
                var there = otherOfKey.Where(e => at(e.Wire) == instant).ToList();
                for (var i = 0; i < Math.Min(here.Count, there.Count); i++)
                {
                    pairs.Add((new Pair<T>(ChangeKind.Changed, here[i].Entry, there[i].Entry), instant, name));
                    ofKey.Remove(here[i]);
                    otherOfKey.Remove(there[i]);
                }
            }

            if (ofKey.Count == otherOfKey.Count)
            {
                pairs.AddRange(ofKey.Zip(otherOfKey, (b, a) =>
                    (new Pair<T>(ChangeKind.Changed, b.Entry, a.Entry), Earlier(at(b.Wire), at(a.Wire)), name)));
            }
            else
            {
                pairs.AddRange(ofKey.Select(b => (new Pair<T>(ChangeKind.Removed, b.Entry, null), at(b.Wire), name)));
                pairs.AddRange(otherOfKey.Select(a => (new Pair<T>(ChangeKind.Added, (T?)null, a.Entry), at(a.Wire), name)));
            }
        }

        return pairs
            .OrderBy(p => p.At)
            .ThenBy(p => Rank(p.Pair.Kind))
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Pair);
    }

    private static List<(T Entry, TWire Wire)> Entries<T, TWire>(ImmutableArray<T> entries, Func<T, TWire> wire) =>
        [.. (entries.IsDefault ? [] : entries).Select(e => (e, wire(e)))];

    /// <summary>Removes the entries both sides have, as many times as both have them.</summary>
    private static void RemoveEqual<T, TWire>(List<(T Entry, TWire Wire)> left, List<(T Entry, TWire Wire)> right)
    {
        for (var i = 0; i < left.Count;)
        {
            var match = right.FindIndex(r => EqualityComparer<TWire>.Default.Equals(r.Wire, left[i].Wire));
            if (match >= 0)
            {
                left.RemoveAt(i);
                right.RemoveAt(match);
            }
            else
            {
                i++;
            }
        }
    }

    private static Instant Earlier(Instant a, Instant b) => a < b ? a : b;

    private static int Rank(ChangeKind kind) => kind switch
    {
        ChangeKind.Removed => 0,
        ChangeKind.Changed => 1,
        _ => 2,
    };
}
