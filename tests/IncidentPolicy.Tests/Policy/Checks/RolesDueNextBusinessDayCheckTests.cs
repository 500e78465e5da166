using System;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Policy.Checks;

/// <summary>IRP9006: roles "fall due one response time of that level later", so that time must be a fixed one.</summary>
public sealed class RolesDueNextBusinessDayCheckTests
{
    [Fact]
    public void A_next_business_day_level_that_requires_roles_is_reported_at_its_roles()
    {
        var policy = ResponsePolicy.Default.WithLevel("P3", l => l with { RequiredRoles = [IncidentRole.IncidentCommander] });

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy));

        Assert.Equal(("IRP9006", DiagnosticSeverity.Warning, "$.severities.P3.requiredRoles"), (diagnostic.Id, diagnostic.Severity, diagnostic.Path));
        Assert.Equal(
            "P3 requires incident roles (incidentCommander) but its response time is next business day: the roles fall due one response time "
            + "after the incident enters P3, so missing roles are reported only at the end of the next business day",
            diagnostic.Message);
    }

    [Fact]
    public void A_major_level_given_next_business_day_names_all_its_roles()
    {
        var policy = ResponsePolicy.Default.WithLevel("P1", l => l with { ResponseTime = PolicyDuration.NextBusinessDay });

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy), d => d.Id == "IRP9006");

        Assert.Equal("$.severities.P1.requiredRoles", diagnostic.Path);
        Assert.StartsWith("P1 requires incident roles (incidentCommander, technicalLead, communicationsLead, scribe)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_with_a_fixed_response_time_are_not_reported()
    {
        var policy = ResponsePolicy.Default.WithLevel("P2", l => l with { RequiredRoles = [IncidentRole.IncidentCommander, IncidentRole.Scribe] });

        Assert.Empty(PolicyAnalyzer.Analyze(policy));
    }

    [Fact]
    public void Next_business_day_without_roles_is_not_reported()
    {
        Assert.True(ResponsePolicy.Default["P3"].ResponseTime.IsNextBusinessDay);

        Assert.DoesNotContain(PolicyAnalyzer.Analyze(ResponsePolicy.Default), d => d.Id == "IRP9006");
    }

    [Fact]
    public void With_the_roles_check_off_nothing_checks_the_roles_and_nothing_is_reported()
    {
        var policy = ResponsePolicy.Default
            .WithLevel("P3", l => l with { RequiredRoles = [IncidentRole.IncidentCommander] })
            .WithRule("IRP4002", RuleSeverity.None);

        Assert.Empty(PolicyAnalyzer.Analyze(policy));
    }
}
