using System.Linq;
using System.Collections.Immutable;

namespace IncidentPolicy.Advice;

/// <summary>A hypothesis about the cause, the signals that support it, how to test it and what mitigates it.</summary>
/// <param name="Key">A stable key, e.g. <c>badDeploy</c>.</param>
/// <param name="Title">The hypothesis, e.g. <c>Bad deploy caused it</c>.</param>
/// <param name="Signals">The observation signals that support it (<c>recentDeploy</c>, ...); at least one (default reads as none).</param>
/// <param name="HowToTest">How to test it.</param>
/// <param name="Mitigations">The keys of the mitigations (<see cref="AdvisorTables.Mitigations"/>) to offer when it is supported, in order; none when default.</param>
/// <param name="Reminder">A reminder to give when it is supported (data corruption is P0), or <see langword="null"/>.</param>
public sealed record HypothesisAdvice(
    string Key, string Title, ImmutableArray<string> Signals, string HowToTest, ImmutableArray<string> Mitigations, string? Reminder = null)
{
    private readonly ImmutableArray<string> _signals = Signals.IsDefault ? [] : Signals;
    private readonly ImmutableArray<string> _mitigations = Mitigations.IsDefault ? [] : Mitigations;

    /// <summary>The observation signals that support it; empty when none (default, also given with <c>with</c>, reads as none), which the tables' check refuses.</summary>
    public ImmutableArray<string> Signals
    {
        get => _signals;
        init => _signals = value.IsDefault ? [] : value;
    }

    /// <summary>The keys of the mitigations to offer when it is supported, in order; empty when none (default, also given with <c>with</c>, reads as none).</summary>
    public ImmutableArray<string> Mitigations
    {
        get => _mitigations;
        init => _mitigations = value.IsDefault ? [] : value;
    }

    /// <inheritdoc />
    public bool Equals(HypothesisAdvice? other) =>
        other is not null && Key == other.Key && Title == other.Title && HowToTest == other.HowToTest && Reminder == other.Reminder
        && Signals.SequenceEqual(other.Signals) && Mitigations.SequenceEqual(other.Mitigations);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Key, Title, Signals.Length);
}
