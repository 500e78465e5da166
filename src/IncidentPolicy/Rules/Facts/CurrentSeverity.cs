using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>The level in force, since when, how many levels were entered so far, and the peak.</summary>
internal sealed class CurrentSeverity(SeverityLevelPolicy? level, Instant since, int entries, SeverityLevelPolicy? peak, SeverityChanged? lastChange)
{
    public static CurrentSeverity Unclassified(Instant detectedAt) => new(null, detectedAt, 0, null, null);

    /// <summary>The level, or <see langword="null"/> before classification.</summary>
    public SeverityLevelPolicy? Level { get; } = level;

    public Instant Since { get; } = since;

    /// <summary>The number of level entries so far; the current entry's sequence number.</summary>
    public int Entries { get; } = entries;

    public SeverityLevelPolicy? Peak { get; } = peak;

    /// <summary>The change that made this the current level, so it is applied once.</summary>
    public SeverityChanged? LastChange { get; } = lastChange;

    /// <summary>Whether <paramref name="candidate"/> is more severe than the level in force (any level is, before classification).</summary>
    public bool IsBelow(SeverityLevelPolicy candidate) => Level is null || candidate.IsMoreSevereThan(Level);

    public CurrentSeverity Apply(SeverityChanged change) =>
        new(change.To, change.At, Entries + 1, Peak is null || change.To.IsMoreSevereThan(Peak) ? change.To : Peak, change);
}
