using System;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>
/// How long responders have to acknowledge an incident at a level: a fixed duration, or "next
/// business day" (the end of working hours of the next business day after the clock starts).
/// </summary>
public sealed record ResponseTime
{
    private ResponseTime(Duration? duration) => Duration = duration;

    /// <summary>"Next business day": the end of working hours of the next business day of the policy's calendar.</summary>
    public static ResponseTime NextBusinessDay { get; } = new((Duration?)null);

    /// <summary>The fixed duration, or <see langword="null"/> for <see cref="NextBusinessDay"/>.</summary>
    public Duration? Duration { get; }

    /// <summary>Whether this is <see cref="NextBusinessDay"/>.</summary>
    public bool IsNextBusinessDay => Duration is null;

    /// <summary>A fixed response time.</summary>
    /// <param name="duration">A positive duration, e.g. 15 minutes.</param>
    /// <returns>The response time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is not positive.</exception>
    public static ResponseTime Within(Duration duration)
    {
        if (duration <= NodaTime.Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, ProblemMessages.NotPositive(duration));
        }

        return new ResponseTime(duration);
    }

    /// <summary>When a response is due if the clock starts at <paramref name="start"/>.</summary>
    /// <param name="start">When the clock starts (detection, or a rise in severity).</param>
    /// <param name="calendar">The business calendar used by <see cref="NextBusinessDay"/>.</param>
    /// <returns>The due instant, always after <paramref name="start"/>.</returns>
    public Instant DueAfter(Instant start, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Duration is { } duration ? start + duration : calendar.EndOfNextBusinessDay(start);
    }

    /// <inheritdoc />
    public override string ToString() => Duration is { } d ? Text.DurationText.Format(d) : "next business day";
}
