using System;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>
/// A time the policy allows, from an instant the clock starts: a fixed duration (<see cref="Within"/>), or a
/// number of business days (<see cref="BusinessDays"/>): the end of working hours of the n-th business day
/// after the day the clock starts, in the calendar's zone, holidays and non-working days skipped. Used by
/// a level's response time, its update cadence (each phase's <c>every</c>) and its review.
/// </summary>
/// <remarks>
/// A plain <see cref="NodaTime.Duration"/> converts implicitly, so <c>ReviewWithin(Duration.FromDays(7))</c> reads as it did.
/// <see cref="NextBusinessDay"/> is <c>BusinessDays(1)</c>.
/// </remarks>
public sealed record PolicyDuration
{
    private PolicyDuration(Duration? duration, int businessDays)
    {
        Duration = duration;
        BusinessDayCount = businessDays;
    }

    /// <summary>"Next business day": the end of working hours of the next business day, the same as <c>BusinessDays(1)</c>.</summary>
    public static PolicyDuration NextBusinessDay { get; } = new(null, 1);

    /// <summary>The fixed duration, or <see langword="null"/> for a number of business days.</summary>
    public Duration? Duration { get; }

    /// <summary>The number of business days (1 or more), or 0 for a fixed duration.</summary>
    public int BusinessDayCount { get; }

    /// <summary>Whether this is a number of business days rather than a fixed duration.</summary>
    public bool IsBusinessDays => Duration is null;

    /// <summary>Whether this is <see cref="NextBusinessDay"/> (one business day).</summary>
    public bool IsNextBusinessDay => BusinessDayCount == 1;

    /// <summary>Whether a fixed duration is positive (always true for business days); the builder reports one that is not.</summary>
    internal bool IsPositive => Duration is not { } d || d > NodaTime.Duration.Zero;

    /// <summary>A fixed duration.</summary>
    /// <param name="duration">A positive duration, e.g. 15 minutes.</param>
    /// <returns>The policy duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is not positive.</exception>
    public static PolicyDuration Within(Duration duration)
    {
        if (duration <= NodaTime.Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, ProblemMessages.NotPositive(duration));
        }

        return new PolicyDuration(duration, 0);
    }

    /// <summary>A number of business days: the end of working hours of the <paramref name="count"/>-th business day after the day the clock starts.</summary>
    /// <param name="count">1 or more; 1 is <see cref="NextBusinessDay"/>.</param>
    /// <returns>The policy duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static PolicyDuration BusinessDays(int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, ProblemMessages.BusinessDaysTooFew(count));
        }

        return count == 1 ? NextBusinessDay : new PolicyDuration(null, count);
    }

    /// <summary>A fixed duration, not checked: the builder reports one that is not positive, with its place.</summary>
    internal static PolicyDuration Unchecked(Duration duration) => new(duration, 0);

    /// <summary>
    /// A fixed duration. Unlike <see cref="Within"/> it is not checked here: a duration that is not positive is
    /// reported where it is used (the builder reports it with its place; a level's constructor throws).
    /// </summary>
    /// <param name="duration">A duration.</param>
    /// <returns>The policy duration.</returns>
    public static implicit operator PolicyDuration(Duration duration) => FromDuration(duration);

    /// <summary>A fixed duration, or <see langword="null"/> for none (e.g. no review).</summary>
    /// <param name="duration">A duration, or <see langword="null"/>.</param>
    /// <returns>The policy duration, or <see langword="null"/>.</returns>
    public static implicit operator PolicyDuration?(Duration? duration) => duration is { } d ? FromDuration(d) : null;

    /// <summary>A fixed duration, not checked until it is used: the conversion from <see cref="NodaTime.Duration"/>.</summary>
    /// <param name="duration">A duration.</param>
    /// <returns>The policy duration.</returns>
    public static PolicyDuration FromDuration(Duration duration) => Unchecked(duration);

    /// <summary>When the time allowed ends if the clock starts at <paramref name="start"/>.</summary>
    /// <param name="start">When the clock starts (detection, a rise, a status update, a resolution).</param>
    /// <param name="calendar">The business calendar that business days are counted in.</param>
    /// <returns>The due instant, always after <paramref name="start"/>.</returns>
    public Instant DueAfter(Instant start, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Duration is { } duration ? start + duration : calendar.EndOfBusinessDay(start, BusinessDayCount);
    }

    /// <summary>The amount as a message says it after "within" or "is": <c>30m</c>, <c>1 business day</c>, <c>5 business days</c>.</summary>
    internal string Amount => Duration is { } d
        ? DurationText.Format(d)
        : BusinessDayCount == 1 ? "1 business day" : $"{BusinessDayCount} business days";

    /// <inheritdoc />
    public override string ToString() => Duration is { } d
        ? DurationText.Format(d)
        : BusinessDayCount == 1 ? "next business day" : $"{BusinessDayCount} business days";
}
