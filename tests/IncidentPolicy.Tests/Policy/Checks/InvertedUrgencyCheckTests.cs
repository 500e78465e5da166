using System;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Policy.Checks;

/// <summary>IRP9005: "Severity determines response urgency" — a worse incident is never handled more slowly.</summary>
public sealed class InvertedUrgencyCheckTests
{
    private static string[] Reported(ResponsePolicy policy) =>
        [.. PolicyAnalyzer.Analyze(policy).Where(d => d.Id == "IRP9005").Select(d => $"{d.Path}: {d.Message}")];

    [Fact]
    public void A_longer_response_time_than_a_less_severe_level_is_reported_at_the_more_severe_level()
    {
        var policy = ResponsePolicy.Default.WithLevel("P1", l => l with { ResponseTime = PolicyDuration.Within(Duration.FromHours(3)) });

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy));

        Assert.Equal(("IRP9005", DiagnosticSeverity.Warning, "$.severities.P1.responseTime"), (diagnostic.Id, diagnostic.Severity, diagnostic.Path));
        Assert.Equal(
            "P1 responseTime is 3h, longer than the 2h of P2, a less severe level: the more severe incident would get the slower response",
            diagnostic.Message);
    }

    [Fact]
    public void A_longer_update_cadence_than_a_less_severe_level_is_reported_at_the_more_severe_level()
    {
        var policy = ResponsePolicy.Default.WithLevel("P0", l => l with { UpdateCadence = Duration.FromHours(1) });

        Assert.Equal(
            ["$.severities.P0.updateCadence: P0 updateCadence is 1h, longer than the 30m of P1, a less severe level: the more severe incident would get fewer status updates"],
            Reported(policy));
    }

    [Fact]
    public void Each_field_is_reported_once_naming_the_less_severe_level_with_the_shortest_value()
    {
        var policy = ResponsePolicy.Default.WithLevel("P0", l => l with { ResponseTime = PolicyDuration.Within(Duration.FromHours(3)) });

        var diagnostic = Assert.Single(Reported(policy));

        Assert.Contains("P0 responseTime is 3h, longer than the 30m of P1", diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_values_are_not_inverted()
    {
        var policy = ResponsePolicy.Default.WithLevel("P0", l => l with { ResponseTime = PolicyDuration.Within(Duration.FromMinutes(30)), UpdateCadence = Duration.FromMinutes(30) });

        Assert.Empty(PolicyAnalyzer.Analyze(policy));
    }

    [Fact]
    public void Next_business_day_is_longer_than_any_fixed_time_under_a_day()
    {
        var policy = ResponsePolicy.Default.WithLevel("P1", l => l with { ResponseTime = PolicyDuration.NextBusinessDay });

        Assert.Equal(
            ["$.severities.P1.responseTime: P1 responseTime is next business day, longer than the 2h of P2, a less severe level: the more severe incident would get the slower response"],
            Reported(policy));
    }

    /// <summary>
    /// Next business day lasts at least 16 hours with the default calendar (from just before midnight to 17:00
    /// the next day, less an hour for a change of clocks): only a shorter fixed time is surely faster.
    /// </summary>
    [Theory]
    [InlineData(16 * 60 - 1, true)]
    [InlineData(16 * 60, false)]
    [InlineData(23 * 60 + 59, false)]
    [InlineData(72 * 60, false)]
    public void Next_business_day_is_compared_only_with_fixed_times_shorter_than_it_can_last(int lessSevereMinutes, bool reported)
    {
        var policy = ResponsePolicy.Default
            .WithLevel("P2", l => l with { ResponseTime = PolicyDuration.NextBusinessDay })
            .WithLevel("P3", l => l with { ResponseTime = PolicyDuration.Within(Duration.FromMinutes(lessSevereMinutes)) });

        Assert.Equal(reported, Reported(policy).Any(d => d.StartsWith("$.severities.P2.responseTime", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_fixed_time_is_never_reported_as_longer_than_next_business_day()
    {
        var policy = ResponsePolicy.Default.WithLevel("P2", l => l with { ResponseTime = PolicyDuration.Within(Duration.FromDays(3)) });

        Assert.Empty(Reported(policy));
    }

    /// <summary>
    /// Three less severe levels all have a shorter cadence than P0's 3 business days from detection on: the one
    /// named is the shortest, business days counting 24 hours each to choose (1 business day before 30 hours
    /// before 2 business days), not the first or the longest.
    /// </summary>
    [Fact]
    public void Among_less_severe_levels_inverted_at_the_same_age_the_one_with_the_shortest_cadence_is_named()
    {
        var policy = ResponsePolicy.Default
            .WithLevel("P0", l => l with { UpdateCadence = PolicyDuration.BusinessDays(3) })
            .WithLevel("P1", l => l with { UpdateCadence = Duration.FromHours(30) })
            .WithLevel("P2", l => l with { UpdateCadence = PolicyDuration.BusinessDays(2) })
            .WithLevel("P3", l => l with { UpdateCadence = PolicyDuration.NextBusinessDay });

        Assert.Contains(
            "$.severities.P0.updateCadence: P0 updateCadence is 3 business days, longer than the 1 business day of P3, a less severe level: the more severe incident would get fewer status updates",
            Reported(policy));
    }

    /// <summary>
    /// Phased cadences are compared at every age where either schedule changes, in order: here P0's cadence is
    /// longer than P1's only between P1's change at 2h and the next change, which is P1's in the first policy
    /// (P0 changes at 10h) and P0's in the second (P1 changes at 10h).
    /// </summary>
    [Fact]
    public void An_inversion_between_two_phase_changes_is_found_whichever_schedule_changes_next()
    {
        var lessSevereChangesFirst = ResponsePolicy.Default
            .WithLevel("P0", l => l with { UpdateCadence = Phases((15, 10 * 60), (30, null)) })
            .WithLevel("P1", l => l with { UpdateCadence = Phases((60, 2 * 60), (10, 3 * 60), (60, null)) });
        var moreSevereChangesFirst = ResponsePolicy.Default
            .WithLevel("P0", l => l with { UpdateCadence = Phases((15, 2 * 60), (90, 3 * 60), (30, null)) })
            .WithLevel("P1", l => l with { UpdateCadence = Phases((60, 10 * 60), (120, null)) });

        Assert.Equal(
            ["$.severities.P0.updateCadence: P0 updateCadence from 2h of the incident's age is 15m, longer than the 10m of P1, a less severe level: the more severe incident would get fewer status updates"],
            Reported(lessSevereChangesFirst));
        Assert.Equal(
            ["$.severities.P0.updateCadence: P0 updateCadence from 2h of the incident's age is 1h30m, longer than the 1h of P1, a less severe level: the more severe incident would get fewer status updates"],
            Reported(moreSevereChangesFirst));
    }

    /// <summary>A schedule of phases given as (every, for) in minutes; the last has no <c>for</c>.</summary>
    private static CadenceSchedule Phases(params (int Every, int? For)[] phases) =>
        new(phases.Select(p => new CadencePhase(PolicyDuration.Within(Duration.FromMinutes(p.Every)), p.For is { } f ? Duration.FromMinutes(f) : null)));
}
