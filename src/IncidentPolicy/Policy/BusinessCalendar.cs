using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>
/// Working days, working hours, holidays and the time zone they are read in. It decides
/// business-day deadlines (response, review, update cadence), and the date in the incident channel's name.
/// </summary>
public sealed record BusinessCalendar
{
    /// <summary>Creates a calendar.</summary>
    /// <param name="timeZone">The zone in which days, hours and holidays are read.</param>
    /// <param name="workingDays">The working days of the week; at least one.</param>
    /// <param name="workingHoursStart">When a working day starts, local time.</param>
    /// <param name="workingHoursEnd">When a working day ends, local time; after the start.</param>
    /// <param name="holidays">Dates that are not business days although they fall on a working day.</param>
    /// <param name="yearlyHolidays">Days of the year that are never business days, e.g. 25 December (<c>--12-25</c> in a policy document).</param>
    /// <exception cref="ArgumentException">No working day, or working hours that end before they start.</exception>
    public BusinessCalendar(
        DateTimeZone timeZone,
        IEnumerable<IsoDayOfWeek> workingDays,
        LocalTime workingHoursStart,
        LocalTime workingHoursEnd,
        IEnumerable<LocalDate>? holidays = null,
        IEnumerable<AnnualDate>? yearlyHolidays = null)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(workingDays);
        var days = workingDays.ToImmutableSortedSet();
        if (days.IsEmpty || days.Contains(IsoDayOfWeek.None))
        {
            throw new ArgumentException("A business calendar needs at least one working day, and only days Monday to Sunday.", nameof(workingDays));
        }

        if (workingHoursEnd <= workingHoursStart)
        {
            throw new ArgumentException(
                $"Working hours must end after they start; got {workingHoursStart:HH:mm}-{workingHoursEnd:HH:mm}.", nameof(workingHoursEnd));
        }

        TimeZone = timeZone;
        WorkingDays = days;
        WorkingHoursStart = workingHoursStart;
        WorkingHoursEnd = workingHoursEnd;
        Holidays = holidays is null ? ImmutableSortedSet<LocalDate>.Empty : holidays.ToImmutableSortedSet();
        YearlyHolidays = yearlyHolidays is null ? ImmutableSortedSet<AnnualDate>.Empty : yearlyHolidays.ToImmutableSortedSet();
        if (YearlyHolidays.Count >= DaysInLeapYear)
        {
            // Any month-day left free falls on a working day in some year, so counting business days ends.
            throw new ArgumentException("Yearly holidays cover every day of the year: no day would ever be a business day.", nameof(yearlyHolidays));
        }
    }

    /// <summary>How many month-days a year can have: yearly holidays must leave at least one free.</summary>
    internal const int DaysInLeapYear = 366;

    /// <summary>Monday to Friday, 09:00-17:00 UTC, no holidays: the default policy's calendar.</summary>
    public static BusinessCalendar Default { get; } = new(
        DateTimeZone.Utc,
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
        new LocalTime(9, 0),
        new LocalTime(17, 0));

    /// <summary>The zone in which days, hours and holidays are read.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The working days of the week.</summary>
    public ImmutableSortedSet<IsoDayOfWeek> WorkingDays { get; }

    /// <summary>When a working day starts, local time.</summary>
    public LocalTime WorkingHoursStart { get; }

    /// <summary>When a working day ends, local time.</summary>
    public LocalTime WorkingHoursEnd { get; }

    /// <summary>Dates that are not business days.</summary>
    public ImmutableSortedSet<LocalDate> Holidays { get; }

    /// <summary>Days of the year that are not business days in any year, e.g. 25 December. A 29 February is a holiday in leap years only.</summary>
    public ImmutableSortedSet<AnnualDate> YearlyHolidays { get; }

    /// <summary>Whether <paramref name="date"/> is a working day that is not a holiday.</summary>
    /// <param name="date">A date in this calendar's zone.</param>
    /// <returns><see langword="true"/> for a business day.</returns>
    public bool IsBusinessDay(LocalDate date) =>
        WorkingDays.Contains(date.DayOfWeek) && !Holidays.Contains(date) && !YearlyHolidays.Contains(new AnnualDate(date.Month, date.Day));

    /// <summary>
    /// The end of working hours on the first business day strictly after the local date of
    /// <paramref name="instant"/>: <c>EndOfBusinessDay(instant, 1)</c>.
    /// </summary>
    /// <param name="instant">The instant the clock starts.</param>
    /// <returns>The deadline.</returns>
    public Instant EndOfNextBusinessDay(Instant instant) => EndOfBusinessDay(instant, 1);

    /// <summary>
    /// The end of working hours on the <paramref name="count"/>-th business day strictly after the local date of
    /// <paramref name="instant"/> (holidays and non-working days are skipped). When that local time does not exist on that day (a DST gap) it is
    /// shifted forward by the gap; when it is ambiguous, the earlier instant is taken (NodaTime's lenient resolver).
    /// </summary>
    /// <param name="instant">The instant the clock starts.</param>
    /// <param name="count">How many business days: 1 or more.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public Instant EndOfBusinessDay(Instant instant, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var date = instant.InZone(TimeZone).Date;
        for (var found = 0; found < count;)
        {
            date = date.PlusDays(1);
            if (IsBusinessDay(date))
            {
                found++;
            }
        }

        return (date + WorkingHoursEnd).InZoneLeniently(TimeZone).ToInstant();
    }

    /// <summary>The calendar date of <paramref name="instant"/> in this calendar's zone.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns>Its local date.</returns>
    public LocalDate DateOf(Instant instant) => instant.InZone(TimeZone).Date;

    /// <inheritdoc />
    public bool Equals(BusinessCalendar? other) =>
        other is not null
        && TimeZone.Id == other.TimeZone.Id
        && WorkingDays.SetEquals(other.WorkingDays)
        && WorkingHoursStart == other.WorkingHoursStart
        && WorkingHoursEnd == other.WorkingHoursEnd
        && Holidays.SetEquals(other.Holidays)
        && YearlyHolidays.SetEquals(other.YearlyHolidays);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TimeZone.Id, WorkingDays.Count, WorkingHoursStart, WorkingHoursEnd, Holidays.Count);
}
