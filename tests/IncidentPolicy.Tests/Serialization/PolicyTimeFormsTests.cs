using System;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// Business days, cadence schedules and yearly holidays in policy documents and the builder: read, checked with
/// the same problems and paths, and written so that reading the written policy gives an equal policy.
/// </summary>
public sealed class PolicyTimeFormsTests
{
    private const string EveryForm = """
        {
          "severities": {
            "P0": { "updateCadence": [{ "every": "PT20M", "for": "PT2H" }, { "every": "PT1H" }] },
            "P1": { "updateCadence": [{ "every": "PT30M", "for": "PT1H" }, { "every": { "businessDays": 1 }, "for": "P2D" }, { "every": { "businessDays": 2 } }] },
            "P2": { "reviewWithin": { "businessDays": 5 }, "responseTime": { "businessDays": 2 } },
            "P3": { "updateCadence": { "businessDays": 1 }, "reviewWithin": "nextBusinessDay", "responseTime": { "businessDays": 1 } }
          },
          "businessCalendar": { "timeZone": "Europe/Berlin", "holidays": ["2024-12-24", "--12-25", "--12-26", "--01-01"] }
        }
        """;

    private static ValidationProblem[] Problems(Action read) => [.. Assert.Throws<InvalidPolicyException>(read).Problems];

    [Fact]
    public void Every_new_form_is_read_into_the_policy()
    {
        var policy = PolicyJson.ReadOverride(EveryForm);

        Assert.Equal(
            new CadenceSchedule([new(Duration.FromMinutes(20), Duration.FromHours(2)), new(Duration.FromHours(1))]),
            policy["P0"].UpdateCadence);
        Assert.Equal(PolicyDuration.BusinessDays(2), policy["P1"].UpdateCadence.Phases[2].Every);
        Assert.Equal((PolicyDuration.BusinessDays(5), PolicyDuration.BusinessDays(2)), (policy["P2"].ReviewWithin, policy["P2"].ResponseTime));
        Assert.Equal(CadenceSchedule.Every(PolicyDuration.NextBusinessDay), policy["P3"].UpdateCadence);
        Assert.Same(PolicyDuration.NextBusinessDay, policy["P3"].ResponseTime);
        Assert.Equal([new LocalDate(2024, 12, 24)], policy.Calendar.Holidays);
        Assert.Equal([new AnnualDate(1, 1), new AnnualDate(12, 25), new AnnualDate(12, 26)], policy.Calendar.YearlyHolidays);
    }

    [Fact]
    public void The_written_policy_reads_back_equal_with_every_new_form()
    {
        var policy = PolicyJson.ReadOverride(EveryForm);

        var json = PolicyJson.Write(policy);

        Assert.Equal(policy, PolicyJson.Read(json));
        Assert.Contains("\"updateCadence\": [\n        {\n          \"every\": \"PT20M\",\n          \"for\": \"PT2H\"\n        },\n        {\n          \"every\": \"PT1H\"\n        }\n      ]", json, StringComparison.Ordinal);
        Assert.Contains("\"reviewWithin\": {\n        \"businessDays\": 5\n      }", json, StringComparison.Ordinal);
        Assert.Contains("\"updateCadence\": \"nextBusinessDay\"", json, StringComparison.Ordinal);
        Assert.Contains("\"holidays\": [\n      \"2024-12-24\",\n      \"--01-01\",\n      \"--12-25\",\n      \"--12-26\"\n    ]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_phase_list_is_the_same_policy_as_the_single_duration()
    {
        Assert.Equal(
            PolicyJson.ReadOverride("""{ "severities": { "P1": { "updateCadence": "PT30M" } } }"""),
            PolicyJson.ReadOverride("""{ "severities": { "P1": { "updateCadence": [{ "every": "PT30M" }] } } }"""));
        Assert.Equal(ResponsePolicy.Default, PolicyJson.ReadOverride("""{ "severities": { "P3": { "responseTime": { "businessDays": 1 } } } }"""));
    }

    [Theory]
    [InlineData("""{ "P0": { "updateCadence": [{ "every": "PT20M" }, { "every": "PT1H" }] } }""", "$.severities.P0.updateCadence[0].for", "missing: every phase but the last needs how long it lasts")]
    [InlineData("""{ "P0": { "updateCadence": [{ "every": "PT20M", "for": "PT2H" }, { "every": "PT1H", "for": "PT1H" }] } }""", "$.severities.P0.updateCadence[1].for", "the last phase lasts until resolution, so it has no \"for\"")]
    [InlineData("""{ "P0": { "updateCadence": [{ "every": "PT0S", "for": "PT2H" }, { "every": "PT1H" }] } }""", "$.severities.P0.updateCadence[0].every", "must be a positive duration")]
    [InlineData("""{ "P0": { "updateCadence": [{ "every": "PT20M", "for": "-PT2H" }, { "every": "PT1H" }] } }""", "$.severities.P0.updateCadence[0].for", "must be a positive duration")]
    [InlineData("""{ "P0": { "updateCadence": [] } }""", "$.severities.P0.updateCadence", "missing: expected at least one phase")]
    [InlineData("""{ "P0": { "updateCadence": [{ "for": "PT2H" }, { "every": "PT1H" }] } }""", "$.severities.P0.updateCadence[0].every", "missing")]
    [InlineData("""{ "P0": { "updateCadence": [{ "every": "PT20M", "for": { "businessDays": 1 } }, { "every": "PT1H" }] } }""", "$.severities.P0.updateCadence[0].for", "expected a positive ISO-8601 duration")]
    [InlineData("""{ "P0": { "updateCadence": [{ "every": "PT20M", "until": "PT2H" }, { "every": "PT1H" }] } }""", "$.severities.P0.updateCadence[0].until", "unknown property \"until\"; expected every or for")]
    [InlineData("""{ "P2": { "reviewWithin": { "businessDays": 0 } } }""", "$.severities.P2.reviewWithin.businessDays", "must be 1 or more business days, got 0")]
    [InlineData("""{ "P2": { "reviewWithin": { "businessDays": "five" } } }""", "$.severities.P2.reviewWithin.businessDays", "expected a whole number")]
    [InlineData("""{ "P2": { "reviewWithin": { "days": 5 } } }""", "$.severities.P2.reviewWithin.days", "unknown property \"days\"; expected businessDays")]
    [InlineData("""{ "P2": { "responseTime": { } } }""", "$.severities.P2.responseTime.businessDays", "missing")]
    [InlineData("""{ "P2": { "escalateAfter": { "businessDays": 1 } } }""", "$.severities.P2.escalateAfter", "expected a positive ISO-8601 duration")]
    [InlineData("""{ "P2": { "verificationWindow": { "businessDays": 1 } } }""", "$.severities.P2.verificationWindow", "expected a positive ISO-8601 duration")]
    public void Each_mistake_in_the_new_forms_is_reported_with_its_path(string severities, string path, string message)
    {
        var problem = Assert.Single(Problems(() => PolicyJson.ReadOverride($$"""{ "severities": {{severities}} }""")));

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holiday_that_is_neither_a_date_nor_a_day_of_every_year_is_reported_with_its_place()
    {
        var problem = Assert.Single(Problems(() => PolicyJson.ReadOverride("""{ "businessCalendar": { "holidays": ["--13-01", "12-25"] } }""")).Skip(1));

        Assert.Equal("$.businessCalendar.holidays[1]", problem.Path);
        Assert.Equal("expected a date such as \"2024-12-25\", or a day of every year such as \"--12-25\", got the string \"12-25\"", problem.Message);
    }

    [Fact]
    public void Yearly_holidays_that_leave_no_business_day_are_refused_rather_than_searched_for_ever()
    {
        var everyDay = Enumerable.Range(0, 366).Select(i => new LocalDate(2024, 1, 1).PlusDays(i))
            .Select(d => $"\"--{d.Month:00}-{d.Day:00}\"");
        var json = $$"""{ "businessCalendar": { "holidays": [{{string.Join(", ", everyDay)}}] } }""";

        var problem = Assert.Single(Problems(() => PolicyJson.ReadOverride(json)));

        Assert.Equal("$.businessCalendar.holidays", problem.Path);
        Assert.Equal("yearly holidays cover every day of the year: no day would ever be a business day", problem.Message);
    }

    [Fact]
    public void The_builder_reports_the_same_problems_at_the_same_paths_as_the_document()
    {
        var fromBuilder = Problems(() => ResponsePolicy.CreateBuilder()
            .Level("P0", l => l.UpdateCadence(c => c.Every(Duration.FromMinutes(20)).ThenEvery(Duration.FromHours(1)).For(Duration.FromHours(1))))
            .Level("P1", l => l.UpdateCadence(Duration.Zero).ReviewWithin(Duration.FromHours(-1)))
            .Build());
        var fromDocument = Problems(() => PolicyJson.ReadOverride("""
            {
              "severities": {
                "P0": { "updateCadence": [{ "every": "PT20M" }, { "every": "PT1H", "for": "PT1H" }] },
                "P1": { "updateCadence": "PT0S", "reviewWithin": "-PT1H" }
              }
            }
            """));

        Assert.Equal(fromDocument.Select(p => p.ToString()), fromBuilder.Select(p => p.ToString()));
        Assert.Equal(4, fromBuilder.Length);
    }

    [Fact]
    public void The_builder_writes_schedules_and_business_days_as_the_document_does()
    {
        var built = ResponsePolicy.CreateBuilder()
            .Level("P0", l => l.UpdateCadence(c => c.Every(Duration.FromMinutes(20)).For(Duration.FromHours(2)).ThenEvery(Duration.FromHours(1))))
            .Level("P1", l => l.UpdateCadence(new CadenceSchedule([
                new(Duration.FromMinutes(30), Duration.FromHours(1)),
                new(PolicyDuration.BusinessDays(1), Duration.FromDays(2)),
                new(PolicyDuration.BusinessDays(2))])))
            .Level("P2", l => l.ReviewWithin(PolicyDuration.BusinessDays(5)).ResponseTime(PolicyDuration.BusinessDays(2)))
            .Level("P3", l => l.UpdateCadence(PolicyDuration.NextBusinessDay).ReviewWithin(PolicyDuration.NextBusinessDay))
            .Calendar(c => c.TimeZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Holidays(new LocalDate(2024, 12, 24))
                .AddYearlyHoliday(12, 25).AddYearlyHoliday(12, 26).AddYearlyHoliday(1, 1))
            .Build();

        Assert.Equal(PolicyJson.ReadOverride(EveryForm), built);
    }

    [Fact]
    public void A_schedule_made_in_code_is_checked_when_made()
    {
        Assert.Throws<ArgumentException>(() => new CadenceSchedule([new(Duration.FromMinutes(20)), new(Duration.FromHours(1))]));
        Assert.Throws<ArgumentException>(() => new CadenceSchedule([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyDuration.BusinessDays(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CadencePhase(Duration.FromMinutes(20), Duration.Zero));
    }
}
