using System;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Policy.Checks;

/// <summary>IRP9002: stakeholders hear from an incident before it escalates.</summary>
public sealed class SilentUntilEscalationCheckTests
{
    [Fact]
    public void A_cadence_longer_than_the_escalation_delay_is_reported_at_the_cadence()
    {
        var policy = ResponsePolicy.Default.WithLevel("P2", l => l with { UpdateCadence = Duration.FromHours(6) });

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy));

        Assert.Equal(("IRP9002", DiagnosticSeverity.Warning, "$.severities.P2.updateCadence"), (diagnostic.Id, diagnostic.Severity, diagnostic.Path));
        Assert.Equal(
            "P2 posts status updates every 6h (updateCadence) but escalates to P1 after 4h (escalateAfter): "
            + "an unresolved P2 incident escalates before its first update is due, so stakeholders hear nothing while it is P2",
            diagnostic.Message);
    }

    [Fact]
    public void A_shortened_escalation_delay_is_caught_as_well()
    {
        var policy = ResponsePolicy.Default.WithLevel("P1", l => l with { Escalation = new EscalationStep(Duration.FromMinutes(20), "P0") });

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy));

        Assert.Equal("$.severities.P1.updateCadence", diagnostic.Path);
        Assert.StartsWith("P1 posts status updates every 30m (updateCadence) but escalates to P0 after 20m (escalateAfter)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cadence_equal_to_the_escalation_delay_is_not_reported_because_the_update_falls_due_as_it_escalates()
    {
        var policy = ResponsePolicy.Default.WithLevel("P2", l => l with { UpdateCadence = Duration.FromHours(4) });

        Assert.DoesNotContain(PolicyAnalyzer.Analyze(policy), d => d.Id == "IRP9002");
    }

    [Fact]
    public void A_level_without_escalation_is_not_reported_whatever_its_cadence()
    {
        Assert.Null(ResponsePolicy.Default["P3"].Escalation);

        Assert.DoesNotContain(PolicyAnalyzer.Analyze(ResponsePolicy.Default), d => d.Id == "IRP9002");
    }

    [Fact]
    public void With_escalation_off_nothing_escalates_and_nothing_is_reported()
    {
        var policy = ResponsePolicy.Default
            .WithLevel("P2", l => l with { UpdateCadence = Duration.FromHours(6) })
            .WithRule("IRP3001", RuleSeverity.None);

        Assert.Empty(PolicyAnalyzer.Analyze(policy));
    }
}
