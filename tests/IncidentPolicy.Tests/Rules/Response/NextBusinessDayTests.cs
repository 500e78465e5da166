using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Response;

/// <summary>P3's "Next business day": the end of working hours of the first business day after the local date of detection.</summary>
public sealed class NextBusinessDayTests
{
    private static readonly IsoDayOfWeek[] MondayToFriday =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static BusinessCalendar Calendar(string zone, params LocalDate[] holidays) =>
        new(DateTimeZoneProviders.Tzdb[zone], MondayToFriday, new LocalTime(9, 0), new LocalTime(17, 0), holidays);

    private static Instant? ResponseBy(BusinessCalendar calendar, string detectedAt) =>
        Engines.With(calendar).Evaluate(new IncidentRecord("INC-3", "Tooltip typo", T.Of(detectedAt), Incidents.P3Impact), T.Of(detectedAt)).Deadlines.ResponseBy;

    [Theory]
    [InlineData("2024-03-11T10:00", "2024-03-12T17:00")] // Monday → Tuesday
    [InlineData("2024-03-15T10:00", "2024-03-18T17:00")] // Friday → Monday
    [InlineData("2024-03-16T10:00", "2024-03-18T17:00")] // Saturday → Monday
    [InlineData("2024-03-17T23:59", "2024-03-18T17:00")] // Sunday night → Monday
    [InlineData("2024-03-11T08:00", "2024-03-12T17:00")] // before working hours still counts from the next day
    public void In_the_default_calendar_the_deadline_is_17_00_UTC_on_the_next_weekday(string detected, string due)
    {
        var result = Engines.Default.Evaluate(new IncidentRecord("INC-3", "Tooltip typo", T.Of(detected), Incidents.P3Impact), T.Of(detected));

        Assert.Equal(T.Of(due), result.Deadlines.ResponseBy);
    }

    [Fact]
    public void London_across_the_spring_DST_change_and_the_Easter_holidays()
    {
        // Thursday 28 March 2024; Good Friday 29 and Easter Monday 1 April are holidays; BST starts Sunday 31 March.
        var calendar = Calendar("Europe/London", new LocalDate(2024, 3, 29), new LocalDate(2024, 4, 1));

        Assert.Equal(T.Of("2024-04-02T16:00"), ResponseBy(calendar, "2024-03-28T12:00")); // Tuesday 17:00 BST
    }

    [Fact]
    public void London_across_the_autumn_DST_change()
    {
        // Friday 25 October 2024 (BST); GMT from Sunday 27 October.
        Assert.Equal(T.Of("2024-10-28T17:00"), ResponseBy(Calendar("Europe/London"), "2024-10-25T12:00"));
    }

    [Fact]
    public void New_York_across_the_spring_DST_change()
    {
        // Friday 8 March 2024, 15:00 EST; EDT from Sunday 10 March: Monday 17:00 EDT is 21:00 UTC.
        Assert.Equal(T.Of("2024-03-11T21:00"), ResponseBy(Calendar("America/New_York"), "2024-03-08T20:00"));
    }

    [Fact]
    public void New_York_reads_the_local_date_of_detection_not_the_UTC_date()
    {
        // Saturday 04:30 UTC is still Friday 23:30 EST in New York: the next business day is Monday.
        Assert.Equal(T.Of("2024-03-11T21:00"), ResponseBy(Calendar("America/New_York"), "2024-03-09T04:30"));
    }

    [Fact]
    public void New_York_skips_a_holiday_on_the_next_working_day()
    {
        // Friday 4 September 2026; Monday 7 September (Labor Day) is a holiday.
        var calendar = Calendar("America/New_York", new LocalDate(2026, 9, 7));

        Assert.Equal(T.Of("2026-09-08T21:00"), ResponseBy(calendar, "2026-09-04T15:00")); // Tuesday 17:00 EDT
    }

    [Fact]
    public void A_calendar_with_other_working_days_is_followed()
    {
        IsoDayOfWeek[] sundayToThursday = [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday];
        var calendar = new BusinessCalendar(DateTimeZoneProviders.Tzdb["Asia/Jerusalem"], sundayToThursday, new LocalTime(8, 0), new LocalTime(16, 0));

        // Thursday 14 March 2024 → Sunday 17 March 16:00 IST (UTC+2) = 14:00 UTC.
        Assert.Equal(T.Of("2024-03-17T14:00"), ResponseBy(calendar, "2024-03-14T10:00"));
    }
}
