using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Policy.Checks;

/// <summary>IRP9007: every phase of a level's cadence schedule has an update due before the level escalates; and the other checks read schedules and business days.</summary>
public sealed class CadencePhaseOutlastsEscalationCheckTests
{
    private static CadenceSchedule Schedule(params CadencePhase[] phases) => new(phases);

    private static CadencePhase Phase(PolicyDuration every, Duration? @for = null) => new(every, @for);

    [Fact]
    public void A_later_phase_longer_than_the_escalation_delay_is_reported_at_that_phase()
    {
        // P2 escalates after 4h; its updates are every hour for 8h, then every 6 hours.
        var policy = ResponsePolicy.Default.WithLevel("P2", l => l with
        {
            UpdateCadence = Schedule(Phase(Duration.FromHours(1), Duration.FromHours(8)), Phase(Duration.FromHours(6))),
        });

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy));

        Assert.Equal(("IRP9007", DiagnosticSeverity.Warning, "$.severities.P2.updateCadence[1].every"), (diagnostic.Id, diagnostic.Severity, diagnostic.Path));
        Assert.Equal(
            "P2 posts status updates every 6h in phase 2 of its cadence schedule (updateCadence) but escalates to P1 after 4h (escalateAfter): "
            + "an incident entering P2 during that phase escalates before its first update is due",
            diagnostic.Message);
    }

    [Fact]
    public void Phases_no_longer_than_the_escalation_delay_are_not_reported()
    {
        var policy = ResponsePolicy.Default.WithLevel("P2", l => l with
        {
            UpdateCadence = Schedule(Phase(Duration.FromMinutes(30), Duration.FromHours(2)), Phase(Duration.FromHours(4))),
        });

        Assert.Empty(PolicyAnalyzer.Analyze(policy));
    }

    [Fact]
    public void A_first_phase_longer_than_the_escalation_delay_is_IRP9002s_at_the_first_phase()
    {
        var policy = ResponsePolicy.Default.WithLevel("P2", l => l with
        {
            UpdateCadence = Schedule(Phase(Duration.FromHours(6), Duration.FromHours(2)), Phase(Duration.FromHours(1))),
        });

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy));

        Assert.Equal(("IRP9002", "$.severities.P2.updateCadence[0].every"), (diagnostic.Id, diagnostic.Path));
    }

    [Fact]
    public void A_business_day_phase_counts_as_longer_than_an_escalation_delay_under_a_day_per_business_day()
    {
        var policy = ResponsePolicy.Default.WithLevel("P2", l => l with
        {
            UpdateCadence = Schedule(Phase(Duration.FromHours(1), Duration.FromHours(2)), Phase(PolicyDuration.BusinessDays(1))),
        });

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy));

        Assert.Equal("$.severities.P2.updateCadence[1].every", diagnostic.Path);
        Assert.StartsWith("P2 posts status updates every 1 business day in phase 2", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void With_escalation_off_nothing_is_reported()
    {
        var policy = ResponsePolicy.Default
            .WithLevel("P2", l => l with { UpdateCadence = Schedule(Phase(Duration.FromHours(1), Duration.FromHours(8)), Phase(Duration.FromHours(6))) })
            .WithRule("IRP3001", RuleSeverity.None);

        Assert.DoesNotContain(PolicyAnalyzer.Analyze(policy), d => d.Id == "IRP9007");
    }

    [Fact]
    public void A_more_severe_level_whose_later_phase_is_slower_than_a_less_severe_levels_cadence_is_an_inverted_urgency_with_the_age()
    {
        // P1: every 20m for 2h, then every 3h; P2 stays every 2h. From 2h of the incident's age P1 hears less often than P2.
        var policy = ResponsePolicy.Default.WithLevel("P1", l => l with
        {
            UpdateCadence = Schedule(Phase(Duration.FromMinutes(20), Duration.FromHours(2)), Phase(Duration.FromHours(3))),
            Escalation = null,
        });

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy), d => d.Id == "IRP9005");

        Assert.Equal("$.severities.P1.updateCadence", diagnostic.Path);
        Assert.Equal(
            "P1 updateCadence from 2h of the incident's age is 3h, longer than the 2h of P2, a less severe level: the more severe incident would get fewer status updates",
            diagnostic.Message);
    }

    [Theory]
    [InlineData(2, 1, true)]
    [InlineData(2, 2, false)]
    [InlineData(1, 2, false)]
    public void Business_day_response_times_compare_by_their_number(int moreSevere, int lessSevere, bool reported)
    {
        var policy = ResponsePolicy.Default
            .WithLevel("P2", l => l with { ResponseTime = PolicyDuration.BusinessDays(moreSevere) })
            .WithLevel("P3", l => l with { ResponseTime = PolicyDuration.BusinessDays(lessSevere) });

        Assert.Equal(reported, PolicyAnalyzer.Analyze(policy).Any(d => d.Id == "IRP9005" && d.Path == "$.severities.P2.responseTime"));
    }

    [Fact]
    public void Roles_due_after_several_business_days_are_reported_with_the_number_of_days()
    {
        var policy = ResponsePolicy.Default.WithLevel("P1", l => l with { ResponseTime = PolicyDuration.BusinessDays(2) });

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy), d => d.Id == "IRP9006");

        Assert.Equal(
            "P1 requires incident roles (incidentCommander, technicalLead, communicationsLead, scribe) but its response time is 2 business days: the roles fall due one response time "
            + "after the incident enters P1, so missing roles are reported only after 2 business days",
            diagnostic.Message);
    }
}
