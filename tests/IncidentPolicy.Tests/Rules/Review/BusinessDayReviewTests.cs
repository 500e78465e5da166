using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Review;

/// <summary>IRP7001 with a review due in business days: holidays and weekends do not count.</summary>
public sealed class BusinessDayReviewTests
{
    private static Instant? ReviewBy(string calendar)
    {
        var policy = PolicyJson.ReadOverride($$"""
            {
              "severities": { "P2": { "reviewWithin": { "businessDays": 5 } } },
              "businessCalendar": {{calendar}}
            }
            """);
        var incident = Incidents.Record("2024-12-20T09:00", Incidents.P2Impact, new Resolved(T.Of("2024-12-20T12:00")));
        return new PolicyEngine(policy).Evaluate(incident, T.Of("2024-12-20T12:00")).Deadlines.ReviewBy;
    }

    [Fact]
    public void Five_business_days_from_a_Friday_before_Christmas_in_Berlin_end_on_New_Years_Day()
    {
        // Resolved Friday 20 December 2024; 24-26 December are holidays: Mon 23, Fri 27, Mon 30, Tue 31, Wed 1 January, 17:00 CET.
        var due = ReviewBy("""{ "timeZone": "Europe/Berlin", "holidays": ["2024-12-24", "2024-12-25", "2024-12-26"] }""");

        Assert.Equal(T.Of("2025-01-01T16:00"), due);
    }

    [Fact]
    public void Yearly_holidays_give_the_same_deadline_in_a_UTC_calendar()
    {
        Assert.Equal(T.Of("2025-01-01T17:00"), ReviewBy("""{ "holidays": ["--12-24", "--12-25", "--12-26"] }"""));
    }

    [Fact]
    public void A_fixed_week_would_have_been_due_two_days_earlier()
    {
        var policy = PolicyJson.ReadOverride("""{ "severities": { "P2": { "reviewWithin": "P7D" } } }""");
        var incident = Incidents.Record("2024-12-20T09:00", Incidents.P2Impact, new Resolved(T.Of("2024-12-20T12:00")));

        Assert.Equal(T.Of("2024-12-27T12:00"), new PolicyEngine(policy).Evaluate(incident, T.Of("2024-12-20T12:00")).Deadlines.ReviewBy);
    }

    [Fact]
    public void The_missed_review_message_names_the_business_days()
    {
        var policy = PolicyJson.ReadOverride("""{ "severities": { "P2": { "reviewWithin": { "businessDays": 2 } } } }""");
        var incident = Incidents.Record("10:00", Incidents.P2Impact, new Resolved(T.Of("11:00")));

        var result = new PolicyEngine(policy).Evaluate(incident, T.Of("2024-03-20T00:00"));

        var missed = Assert.Single(result.Diagnostics, d => d.Id == "IRP7001");
        Assert.Equal("No post-incident review by 2024-03-19T17:00:00Z: a P2 incident is reviewed within 2 business days of resolution", missed.Message);
    }

    [Fact]
    public void The_calendar_counts_the_nth_business_day_after_the_local_date()
    {
        var calendar = new BusinessCalendar(
            DateTimeZoneProviders.Tzdb["Europe/Berlin"],
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
            new LocalTime(9, 0),
            new LocalTime(17, 0),
            yearlyHolidays: [new AnnualDate(12, 25), new AnnualDate(12, 26)]);

        Assert.Equal(T.Of("2024-12-23T16:00"), calendar.EndOfBusinessDay(T.Of("2024-12-20T22:00"), 1));
        Assert.Equal(T.Of("2024-12-27T16:00"), calendar.EndOfBusinessDay(T.Of("2024-12-20T22:00"), 3));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2031, 12, 25)));
        Assert.Equal(calendar.EndOfNextBusinessDay(T.Of("10:00")), PolicyDuration.NextBusinessDay.DueAfter(T.Of("10:00"), calendar));
    }
}
