using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>
/// A level's update cadence: how long after a status update (or after the incident enters the level, or after a
/// missed update) the next one is due. Either one cadence (a single phase), or phases by the incident's age
/// (time since detection): "every 20 minutes for the first 2 hours, then hourly" is
/// <c>new CadenceSchedule([new(Duration.FromMinutes(20), Duration.FromHours(2)), new(Duration.FromHours(1))])</c>.
/// The cadence in force at an instant is that of the first phase whose cumulative <see cref="CadencePhase.For"/>
/// ends after the incident's age then; the last phase has no <c>For</c>. See docs/semantics.md for how the next update's due instant follows.
/// </summary>
/// <remarks>
/// A <see cref="Duration"/> or a <see cref="PolicyDuration"/> converts implicitly to a one-phase schedule, so
/// <c>UpdateCadence(Duration.FromMinutes(30))</c> reads as it did.
/// </remarks>
public sealed class CadenceSchedule : IEquatable<CadenceSchedule>
{
    private readonly ImmutableArray<Duration> _ends;

    /// <summary>Creates a schedule.</summary>
    /// <param name="phases">At least one phase; every phase but the last has a <c>For</c>, the last has none.</param>
    /// <exception cref="ArgumentException">No phase, a phase but the last without <c>For</c>, or a last phase with one.</exception>
    public CadenceSchedule(IEnumerable<CadencePhase> phases)
        : this([.. phases ?? throw new ArgumentNullException(nameof(phases))], check: true)
    {
    }

    private CadenceSchedule(ImmutableArray<CadencePhase> phases, bool check)
    {
        if (check && Problems(phases).FirstOrDefault() is { Message: not null } problem)
        {
            throw new ArgumentException(problem.Index is { } i ? $"phase {i + 1}: {problem.Message}" : problem.Message, nameof(phases));
        }

        Phases = phases;
        var ends = ImmutableArray.CreateBuilder<Duration>(phases.Length);
        var end = Duration.Zero;
        foreach (var phase in phases)
        {
            end += phase.For ?? Duration.Zero;
            ends.Add(end);
        }

        _ends = ends.MoveToImmutable();
    }

    /// <summary>The phases, in order.</summary>
    public ImmutableArray<CadencePhase> Phases { get; }

    /// <summary>Whether the schedule is one cadence for the whole incident (one phase).</summary>
    public bool IsSingle => Phases.Length == 1;

    /// <summary>The cadence of the first phase: the one in force at detection.</summary>
    public PolicyDuration First => Phases[0].Every;

    /// <summary>A one-phase schedule: every <paramref name="cadence"/>, for the whole incident. A fixed cadence that is not positive is reported where the schedule is used (the builder, a level).</summary>
    /// <param name="cadence">The time between status updates.</param>
    /// <returns>The schedule.</returns>
    public static CadenceSchedule Every(PolicyDuration cadence) =>
        new([CadencePhase.Unchecked(cadence ?? throw new ArgumentNullException(nameof(cadence)), null)], check: false);

    /// <summary>A one-phase schedule of a fixed duration; like the conversion to <see cref="PolicyDuration"/>, a duration that is not positive is reported where the schedule is used.</summary>
    /// <param name="cadence">A positive duration.</param>
    /// <returns>The schedule.</returns>
    public static implicit operator CadenceSchedule(Duration cadence) => Every(PolicyDuration.FromDuration(cadence));

    /// <summary>A one-phase schedule.</summary>
    /// <param name="cadence">The time between status updates.</param>
    /// <returns>The schedule.</returns>
    public static implicit operator CadenceSchedule(PolicyDuration cadence) => Every(cadence);

    /// <summary>A one-phase schedule: the same as <see cref="Every"/>.</summary>
    /// <param name="cadence">The time between status updates.</param>
    /// <returns>The schedule.</returns>
    public static CadenceSchedule FromPolicyDuration(PolicyDuration cadence) => Every(cadence);

    /// <summary>The cadence in force when the incident is <paramref name="age"/> old (time since detection).</summary>
    /// <param name="age">The incident's age; a negative age reads as zero.</param>
    /// <returns>The cadence of the first phase whose cumulative <c>For</c> ends after <paramref name="age"/>.</returns>
    public PolicyDuration CadenceAt(Duration age)
    {
        for (var i = 0; i < Phases.Length - 1; i++)
        {
            if (_ends[i] > age)
            {
                return Phases[i].Every;
            }
        }

        return Phases[^1].Every;
    }

    /// <summary>The first phase boundary (an age at which a new phase comes into force) strictly after <paramref name="age"/>, if any.</summary>
    /// <param name="age">The incident's age.</param>
    /// <returns>The age of the boundary, or <see langword="null"/> when the last phase is in force.</returns>
    public Duration? NextBoundaryAfter(Duration age)
    {
        for (var i = 0; i < Phases.Length - 1; i++)
        {
            if (_ends[i] > age)
            {
                return _ends[i];
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(CadenceSchedule? other) => other is not null && Phases.SequenceEqual(other.Phases);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CadenceSchedule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Phases.Length, Phases.IsEmpty ? null : Phases[0]);

    /// <summary>Whether two schedules have the same phases.</summary>
    /// <param name="left">A schedule.</param>
    /// <param name="right">Another.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CadenceSchedule? left, CadenceSchedule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two schedules differ.</summary>
    /// <param name="left">A schedule.</param>
    /// <param name="right">Another.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CadenceSchedule? left, CadenceSchedule? right) => !(left == right);

    /// <summary>The cadence as people read it: <c>30m</c>, or <c>20m for 2h, then 1h</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsSingle
        ? Phases[0].Every.ToString()
        : string.Join(", then ", Phases.Select(p => p.For is { } f ? $"{p.Every} for {Text.DurationText.Format(f)}" : p.Every.ToString()));

    /// <summary>A schedule as written, not checked: the builder checks it first and reports its problems with their places.</summary>
    internal static CadenceSchedule Unchecked(IEnumerable<CadencePhase> phases) => new([.. phases], check: false);

    /// <summary>
    /// The problems of a list of phases: none; a phase but the last without <c>for</c>; the last phase with one;
    /// a <c>for</c> or fixed <c>every</c> that is not positive. Each with the phase's index and the field
    /// (<see langword="null"/> for the list itself).
    /// </summary>
    internal static IEnumerable<(int? Index, InputField? Field, string Message)> Problems(IReadOnlyList<CadencePhase> phases)
    {
        if (phases.Count == 0)
        {
            yield return (null, null, ProblemMessages.Missing("at least one phase"));
            yield break;
        }

        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            if (phase.Every.Duration is { } every && every <= Duration.Zero)
            {
                yield return (i, InputField.Every, ProblemMessages.NotPositive(every));
            }

            var last = i == phases.Count - 1;
            if (phase.For is { } f && f <= Duration.Zero)
            {
                yield return (i, InputField.For, ProblemMessages.NotPositive(f));
            }
            else if (last && phase.For is not null)
            {
                yield return (i, InputField.For, "the last phase lasts until resolution, so it has no \"for\"");
            }
            else if (!last && phase.For is null)
            {
                yield return (i, InputField.For, ProblemMessages.MissingBecause("every phase but the last needs how long it lasts"));
            }
        }
    }
}
