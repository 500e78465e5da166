using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>The business calendar while a policy is built; checked by <see cref="ResponsePolicyBuilder.Build"/>.</summary>
public sealed class BusinessCalendarBuilder
{
    internal BusinessCalendarBuilder(BusinessCalendar calendar)
    {
        TimeZoneValue = calendar.TimeZone;
        WorkingDaysValue = [.. calendar.WorkingDays];
        StartValue = calendar.WorkingHoursStart;
        EndValue = calendar.WorkingHoursEnd;
        HolidaysValue = [.. calendar.Holidays];
        YearlyHolidaysValue = [.. calendar.YearlyHolidays];
    }

    internal DateTimeZone TimeZoneValue { get; private set; }

    internal List<IsoDayOfWeek> WorkingDaysValue { get; private set; }

    internal LocalTime StartValue { get; private set; }

    internal LocalTime EndValue { get; private set; }

    internal List<LocalDate> HolidaysValue { get; private set; }

    internal List<AnnualDate> YearlyHolidaysValue { get; private set; }

    /// <summary>Sets the zone in which days, hours and holidays are read.</summary>
    /// <param name="zone">A NodaTime zone, e.g. <c>DateTimeZoneProviders.Tzdb["Europe/London"]</c>.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder TimeZone(DateTimeZone zone)
    {
        TimeZoneValue = zone;
        return this;
    }

    /// <summary>Sets the working days of the week, replacing them.</summary>
    /// <param name="days">At least one day.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder WorkingDays(params IsoDayOfWeek[] days)
    {
        WorkingDaysValue = [.. days ?? []];
        return this;
    }

    /// <summary>Sets the working hours, local time.</summary>
    /// <param name="start">When a working day starts.</param>
    /// <param name="end">When it ends; after <paramref name="start"/>.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder WorkingHours(LocalTime start, LocalTime end)
    {
        StartValue = start;
        EndValue = end;
        return this;
    }

    /// <summary>Sets the holidays, replacing them.</summary>
    /// <param name="holidays">Dates that are not business days.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder Holidays(params LocalDate[] holidays)
    {
        HolidaysValue = [.. holidays ?? []];
        return this;
    }

    /// <summary>Adds holidays to those already set.</summary>
    /// <param name="holidays">Dates that are not business days.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddHolidays(params LocalDate[] holidays)
    {
        HolidaysValue = [.. HolidaysValue.Concat(holidays ?? []).Distinct()];
        return this;
    }

    /// <summary>Sets the holidays that recur every year (e.g. 25 December), replacing them.</summary>
    /// <param name="holidays">Days of the year that are never business days, e.g. <c>new AnnualDate(12, 25)</c>.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder YearlyHolidays(params AnnualDate[] holidays)
    {
        YearlyHolidaysValue = [.. holidays ?? []];
        return this;
    }

    /// <summary>Adds a holiday that recurs every year.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month (29 February is a holiday in leap years only).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">No such day of the year.</exception>
    public BusinessCalendarBuilder AddYearlyHoliday(int month, int day)
    {
        var holiday = new AnnualDate(month, day);
        if (!YearlyHolidaysValue.Contains(holiday))
        {
            YearlyHolidaysValue = [.. YearlyHolidaysValue, holiday];
        }

        return this;
    }
}
