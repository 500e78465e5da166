using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Policy;
using IncidentPolicy.Text;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Business-day arithmetic (docs/semantics.md, "Business days"): n business days from an instant end at the end of
/// working hours of a business day, the n-th after the local date of the start, whatever the zone's DST changes and
/// however long the runs of holidays; and n + 1 business days end strictly later than n.
/// </summary>
public sealed class BusinessDayProperties
{
    private static readonly string[] Zones = ["UTC", "Europe/Berlin", "Europe/London", "America/New_York", "Australia/Sydney", "America/Sao_Paulo", "Asia/Kolkata"];

    /// <summary>Working hours, some ending in the small hours where DST gaps and overlaps fall.</summary>
    private static readonly (int, int, int, int)[] Hours = [(9, 0, 17, 0), (8, 30, 18, 0), (0, 30, 2, 30), (1, 0, 2, 15), (0, 0, 3, 0), (22, 0, 23, 59)];

    private static readonly IsoDayOfWeek[][] WeekDays =
    [
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
        [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday],
        [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
        [IsoDayOfWeek.Wednesday],
    ];

    /// <summary>A calendar with runs of holidays (up to three weeks long) around 2024-2025, and some yearly ones.</summary>
    private static Gen<BusinessCalendar> Calendars =>
        from zone in Gen.Elements(Zones)
        from hours in Gen.Elements(Hours)
        from days in Gen.Elements(WeekDays)
        from runs in Gen.ListOf(Gen.Choose(0, 730).SelectMany(start => Gen.Choose(1, 21).Select(length => (start, length))))
        from yearly in Gen.SubListOf(new AnnualDate(1, 1), new AnnualDate(3, 31), new AnnualDate(10, 27), new AnnualDate(12, 25))
        let holidays = runs.SelectMany(r => Enumerable.Range(r.start, r.length)).Select(d => new LocalDate(2024, 1, 1).PlusDays(d)).Distinct()
        select new BusinessCalendar(
            DateTimeZoneProviders.Tzdb[zone], days, new LocalTime(hours.Item1, hours.Item2), new LocalTime(hours.Item3, hours.Item4), holidays, yearly);

    private static Gen<Instant> Starts =>
        Gen.Choose(0, 730 * 24 * 4).Select(quarters => Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromMinutes(15 * quarters));

    private static Arbitrary<(BusinessCalendar Calendar, Instant Start, int Days)> Cases => Arb.From(
        from calendar in Calendars
        from start in Starts
        from days in Gen.Choose(1, 10)
        select (calendar, start, days));

    [Invariant]
    public Property N_business_days_end_at_the_end_of_working_hours_of_the_nth_business_day_after_the_start_date() =>
        Prop.ForAll(Cases, c =>
        {
            var (calendar, start, n) = c;

            var due = PolicyDuration.BusinessDays(n).DueAfter(start, calendar);

            var date = calendar.DateOf(due);
            var startDate = calendar.DateOf(start);
            Assert.True(calendar.IsBusinessDay(date), $"{due} falls on {date}, not a business day");
            Assert.Equal((date + calendar.WorkingHoursEnd).InZoneLeniently(calendar.TimeZone).ToInstant(), due);
            var between = Enumerable.Range(1, Period.Between(startDate, date, PeriodUnits.Days).Days - 1).Count(d => calendar.IsBusinessDay(startDate.PlusDays(d)));
            Assert.Equal(n - 1, between);
            Assert.True(due > start, $"{due} is not after {start}");
            var interval = calendar.TimeZone.GetZoneInterval(start);
            return Prop.ToProperty(true).Classify(interval.HasEnd && interval.End < due, "crosses a change of UTC offset");
        });

    [Invariant]
    public Property One_more_business_day_is_strictly_later() => Prop.ForAll(Cases, c =>
    {
        var (calendar, start, n) = c;

        var due = calendar.EndOfBusinessDay(start, n);
        var later = calendar.EndOfBusinessDay(start, n + 1);

        Assert.True(later > due, $"{n + 1} business days from {start} end at {later}, not after {n} ({due}); zone {calendar.TimeZone.Id}, hours {IsoTime.Format(calendar.WorkingHoursEnd)}");
    });
}
