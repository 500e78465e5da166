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
}
