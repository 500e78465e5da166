using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IncidentPolicy.Soak;

/// <summary>
/// What the Worker sample's notifier delivered: its notification log, one line per delivery (key, kind, the instant
/// it was sent, the text), appended as each message goes out. A line that is not whole (a kill in the middle of
/// writing it) or that has no key is counted as malformed: the trail must survive <c>kill -9</c>.
/// </summary>
internal sealed class DeliveryTrail
{
    private DeliveryTrail(IReadOnlyList<string> keys, int malformed)
    {
        Keys = keys;
        Malformed = malformed;
        Distinct = keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The key of each line, in the order delivered (a key twice: delivered twice).</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Each key delivered.</summary>
    public HashSet<string> Distinct { get; }

    /// <summary>Lines cut short or without the four fields.</summary>
    public int Malformed { get; }

    public int Duplicates => Keys.Count - Distinct.Count;

    public static DeliveryTrail Read(string file)
    {
        if (!File.Exists(file))
        {
            return new DeliveryTrail([], 0);
        }

        var text = File.ReadAllText(file);
        var lines = text.Split('\n');
        var malformed = lines[^1].Length > 0 ? 1 : 0; // the last line has no line end: cut short
        var keys = new List<string>(lines.Length);
        foreach (var line in lines.Take(lines.Length - 1))
        {
            var fields = line.Split('\t');
            if (fields.Length != 4 || !fields[0].Contains('/', StringComparison.Ordinal) || fields[1] is not ("notification" or "diagnostic" or "message"))
            {
                malformed++;
                continue;
            }

            keys.Add(fields[0]);
        }

        return new DeliveryTrail(keys, malformed);
    }
}
