using System;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Policy;

/// <summary>
/// The policy model built in code (not read from a document, whose reader reports problems with their places) refuses
/// what it documents it refuses, at the boundary, naming the argument: a zero duration is not positive, working hours
/// that end when they start are empty, and yearly holidays may cover every day but one.
/// </summary>
public sealed class PolicyModelArgumentTests
{
    private static readonly IsoDayOfWeek[] Weekdays = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];
    private static readonly LocalTime Nine = new(9, 0);
    private static readonly LocalTime Five = new(17, 0);

    [Fact]
    public void A_business_calendar_refuses_a_missing_zone_or_working_days_naming_them()
    {
        Assert.Equal("timeZone", Assert.Throws<ArgumentNullException>(() => new BusinessCalendar(null!, Weekdays, Nine, Five)).ParamName);
        Assert.Equal("workingDays", Assert.Throws<ArgumentNullException>(() => new BusinessCalendar(DateTimeZone.Utc, null!, Nine, Five)).ParamName);
    }

    [Fact]
    public void A_business_calendar_needs_a_working_day_and_only_days_of_the_week()
    {
        Assert.StartsWith("A business calendar needs at least one working day", Assert.Throws<ArgumentException>(() => new BusinessCalendar(DateTimeZone.Utc, [], Nine, Five)).Message, StringComparison.Ordinal);
        Assert.Equal("workingDays", Assert.Throws<ArgumentException>(() => new BusinessCalendar(DateTimeZone.Utc, [IsoDayOfWeek.Monday, IsoDayOfWeek.None], Nine, Five)).ParamName);
    }

    [Fact]
    public void Working_hours_must_end_after_they_start_not_at_the_same_time()
    {
        var error = Assert.Throws<ArgumentException>(() => new BusinessCalendar(DateTimeZone.Utc, Weekdays, Nine, Nine));

        Assert.Equal("workingHoursEnd", error.ParamName);
        Assert.Contains("09:00-09:00", error.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalTime(9, 1), new BusinessCalendar(DateTimeZone.Utc, Weekdays, Nine, new LocalTime(9, 1)).WorkingHoursEnd);
    }

    [Fact]
    public void Yearly_holidays_may_leave_one_day_of_a_leap_year_free_but_not_none()
    {
        var everyDay = Enumerable.Range(0, 366).Select(d => new LocalDate(2024, 1, 1).PlusDays(d)).Select(d => new AnnualDate(d.Month, d.Day)).ToList();

        var refused = Assert.Throws<ArgumentException>(() => new BusinessCalendar(DateTimeZone.Utc, Weekdays, Nine, Five, yearlyHolidays: everyDay));
        Assert.Equal("yearlyHolidays", refused.ParamName);
        Assert.StartsWith("Yearly holidays cover every day of the year", refused.Message, StringComparison.Ordinal);

        var allButChristmas = new BusinessCalendar(DateTimeZone.Utc, Weekdays, Nine, Five, yearlyHolidays: everyDay.Where(d => d != new AnnualDate(12, 25)));
        Assert.True(allButChristmas.IsBusinessDay(new LocalDate(2026, 12, 25)));
        Assert.Equal(Instant.FromUtc(2026, 12, 25, 17, 0), allButChristmas.EndOfNextBusinessDay(Instant.FromUtc(2025, 12, 25, 12, 0)));
    }

    [Fact]
    public void Counting_business_days_needs_at_least_one()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.Default.EndOfBusinessDay(Instant.FromUtc(2024, 3, 15, 10, 0), 0)).ParamName);
        Assert.Equal(Instant.FromUtc(2024, 3, 18, 17, 0), BusinessCalendar.Default.EndOfBusinessDay(Instant.FromUtc(2024, 3, 15, 10, 0), 1));
    }

    [Fact]
    public void A_due_instant_needs_a_calendar_and_a_comparison_needs_another_level()
    {
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => PolicyDuration.Within(Duration.FromHours(1)).DueAfter(Instant.FromUtc(2024, 3, 15, 10, 0), null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => ResponsePolicy.Default["P1"].IsMoreSevereThan(null!)).ParamName);
        Assert.True(ResponsePolicy.Default["P1"].IsMoreSevereThan(ResponsePolicy.Default["P2"]));
    }

    [Fact]
    public void An_escalation_step_needs_a_positive_delay_and_a_level_to_rise_to()
    {
        Assert.Equal("after", Assert.Throws<ArgumentOutOfRangeException>(() => new EscalationStep(Duration.Zero, "P1")).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => new EscalationStep(Duration.FromHours(4), " ")).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => new EscalationStep(Duration.FromHours(4), null!)).ParamName);
        Assert.Equal(Duration.FromTicks(1), new EscalationStep(Duration.FromTicks(1), "P1").After);
    }

    [Fact]
    public void A_fixed_policy_duration_must_be_positive_and_business_days_at_least_one()
    {
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => PolicyDuration.Within(Duration.Zero)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => PolicyDuration.BusinessDays(0)).ParamName);
        Assert.Equal(Duration.FromTicks(1), PolicyDuration.Within(Duration.FromTicks(1)).Duration);
        Assert.Same(PolicyDuration.NextBusinessDay, PolicyDuration.BusinessDays(1));
    }

    [Fact]
    public void A_cadence_phase_needs_a_positive_interval_and_a_positive_length()
    {
        Assert.Equal("every", Assert.Throws<ArgumentNullException>(() => new CadencePhase(null!)).ParamName);
        Assert.Equal("every", Assert.Throws<ArgumentOutOfRangeException>(() => new CadencePhase(PolicyDuration.FromDuration(Duration.Zero))).ParamName);
        Assert.Equal("for", Assert.Throws<ArgumentOutOfRangeException>(() => new CadencePhase(PolicyDuration.Within(Duration.FromHours(1)), Duration.Zero)).ParamName);
        Assert.Equal(Duration.FromTicks(1), new CadencePhase(PolicyDuration.Within(Duration.FromHours(1)), Duration.FromTicks(1)).For);
    }

    [Fact]
    public void A_severity_level_refuses_missing_parts_and_durations_that_are_not_positive_naming_them()
    {
        var level = new SeverityLevel("P9", 9);
        var hour = PolicyDuration.Within(Duration.FromHours(1));
        var cadence = CadenceSchedule.Every(Duration.FromHours(1));

        Assert.Equal("level", Assert.Throws<ArgumentNullException>(() => new SeverityLevelPolicy(null!, "t", hour, cadence)).ParamName);
        Assert.Equal("responseTime", Assert.Throws<ArgumentNullException>(() => new SeverityLevelPolicy(level, "t", null!, cadence)).ParamName);
        Assert.Equal("updateCadence", Assert.Throws<ArgumentNullException>(() => new SeverityLevelPolicy(level, "t", hour, null!)).ParamName);
        Assert.Equal("responseTime", Assert.Throws<ArgumentOutOfRangeException>(() => new SeverityLevelPolicy(level, "t", PolicyDuration.FromDuration(Duration.Zero), cadence)).ParamName);
        Assert.Equal("verificationWindow", Assert.Throws<ArgumentOutOfRangeException>(() => new SeverityLevelPolicy(level, "t", hour, cadence, verificationWindow: Duration.Zero)).ParamName);
        Assert.Equal("reviewWithin", Assert.Throws<ArgumentOutOfRangeException>(() => new SeverityLevelPolicy(level, "t", hour, cadence, reviewWithin: PolicyDuration.FromDuration(Duration.Zero))).ParamName);
        Assert.Equal(string.Empty, new SeverityLevelPolicy(level, null!, hour, cadence).Title);
    }

    [Fact]
    public void A_policy_made_in_code_refuses_missing_parts_naming_them()
    {
        var p = ResponsePolicy.Default;

        Assert.Equal("levels", Assert.Throws<ArgumentNullException>(() => new ResponsePolicy(null!, p.Classification, p.Calendar, p.RecipientChannels)).ParamName);
        Assert.Equal("classification", Assert.Throws<ArgumentNullException>(() => new ResponsePolicy(p.Levels, null!, p.Calendar, p.RecipientChannels)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new ResponsePolicy(p.Levels, p.Classification, null!, p.RecipientChannels)).ParamName);
        Assert.Equal("recipientChannels", Assert.Throws<ArgumentNullException>(() => new ResponsePolicy(p.Levels, p.Classification, p.Calendar, null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => p with { Documents = null! }).ParamName);
    }

    [Fact]
    public void A_policy_made_in_code_is_checked_as_a_document_is_with_every_problem_listed()
    {
        var p = ResponsePolicy.Default;
        var twoP1s = p.Levels.Add(p["P2"] with { });
        var sharedRank = new SeverityLevelPolicy(new SeverityLevel("P1b", 1), "Also major", PolicyDuration.Within(Duration.FromHours(1)), CadenceSchedule.Every(Duration.FromHours(1)));

        var error = Assert.Throws<InvalidPolicyException>(() => new ResponsePolicy(twoP1s.Add(sharedRank), p.Classification, p.Calendar, p.RecipientChannels));

        Assert.Equal(
            [
                "$.severities.P2: the level name \"P2\" is used 2 times",
                "$.severities.P1.rank: levels P1, P1b share rank 1; each level needs its own rank",
                "$.severities.P2.rank: levels P2, P2 share rank 2; each level needs its own rank",
            ],
            error.Problems.Select(problem => problem.ToString()));
    }

    [Fact]
    public void A_blank_service_name_is_no_service_name()
    {
        Assert.Null(new CommunicationSettings(serviceName: " ").ServiceName);
        Assert.Null(new CommunicationSettings(serviceName: string.Empty).ServiceName);
        Assert.Equal("Acme Pay", new CommunicationSettings(serviceName: "Acme Pay").ServiceName);
    }

    [Fact]
    public void The_severity_in_force_needs_a_rule()
    {
        Assert.Equal("descriptor", Assert.Throws<ArgumentNullException>(() => RuleSeverityOverrides.None.EffectiveSeverity(null!)).ParamName);
    }

    [Fact]
    public void The_default_template_of_a_kind_outside_its_enum_is_refused_naming_the_kind()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => CommunicationSettings.DefaultTemplate((IncidentPolicy.Communications.MessageKind)9));

        Assert.Equal(("kind", "not a message kind (Parameter 'kind')\nActual value was 9."), (refused.ParamName, refused.Message.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Communication_settings_with_a_template_using_an_unknown_field_are_refused()
    {
        var error = Assert.Throws<IncidentPolicy.Validation.InvalidPolicyException>(() => new CommunicationSettings(
            templates: [new(IncidentPolicy.Communications.MessageKind.InitialAlert, "{{ noSuchField }}")]));

        Assert.NotEmpty(error.Problems);
    }

    [Fact]
    public void A_template_with_no_text_is_refused_naming_the_templates_and_the_kind()
    {
        var refused = Assert.Throws<ArgumentNullException>(() => new CommunicationSettings(
            templates: [new(IncidentPolicy.Communications.MessageKind.InitialAlert, null!)]));

        Assert.Equal(
            ("templates", "The template for InitialAlert is null; leave the kind out to keep its default text. (Parameter 'templates')"),
            (refused.ParamName, refused.Message));
    }
}
