using System;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>
/// One phase of an update cadence (<see cref="CadenceSchedule"/>): a status update is due every
/// <see cref="Every"/> while the phase is in force, for <see cref="For"/> of the incident's age; the last
/// phase of a schedule has no <see cref="For"/> and lasts until resolution.
/// </summary>
public sealed record CadencePhase
{
    /// <summary>Creates a phase.</summary>
    /// <param name="every">The time between status updates while this phase is in force.</param>
    /// <param name="for">How long the phase lasts (a fixed, positive duration), or <see langword="null"/> for the last phase.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="every"/> or <paramref name="for"/> is not positive.</exception>
    public CadencePhase(PolicyDuration every, Duration? @for = null)
    {
        ArgumentNullException.ThrowIfNull(every);
        if (every.Duration is { } e && e <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(every), e, ProblemMessages.NotPositive(e));
        }

        if (@for is { } d && d <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(@for), d, ProblemMessages.NotPositive(d));
        }

        Every = every;
        For = @for;
    }

    private CadencePhase(PolicyDuration every, Duration? @for, bool _)
    {
        Every = every;
        For = @for;
    }

    /// <summary>The time between status updates while this phase is in force.</summary>
    public PolicyDuration Every { get; }

    /// <summary>How long the phase lasts, or <see langword="null"/> for the last phase.</summary>
    public Duration? For { get; }

    /// <summary>A phase as written, not checked: the builder reports its problems with their places.</summary>
    internal static CadencePhase Unchecked(PolicyDuration every, Duration? @for) => new(every, @for, false);
}
