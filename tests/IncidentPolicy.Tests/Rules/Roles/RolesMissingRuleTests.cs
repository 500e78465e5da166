using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Roles;

/// <summary>IRP4002: "For P0 and P1 incidents, explicitly assign these roles."</summary>
public sealed class RolesMissingRuleTests
{
    private static RoleAssigned[] AllRoles(string at) =>
    [
        new(T.Of(at), IncidentRole.IncidentCommander, "carol"),
        new(T.Of(at), IncidentRole.TechnicalLead, "dave"),
        new(T.Of(at), IncidentRole.CommunicationsLead, "erin"),
        new(T.Of(at), IncidentRole.Scribe, "frank"),
    ];

    [Fact]
    public void A_P1_without_roles_one_response_time_after_detection_reports_the_missing_roles()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, new RoleAssigned(T.Of("10:10"), IncidentRole.IncidentCommander, "carol")).Evaluate("10:30");

        var missing = Assert.Single(result.Diagnostics, d => d.Id == "IRP4002");
        Assert.Equal((DiagnosticSeverity.Warning, T.Of("10:30")), (missing.Severity, missing.At));
        Assert.Equal("P1 requires incident roles; still unassigned at 2024-03-15T10:30:00Z: technicalLead, communicationsLead, scribe", missing.Message);
    }

    [Fact]
    public void Roles_assigned_in_time_report_nothing_and_wake_nobody()
    {
        var incident = Incidents.Record("10:00", Incidents.P1Impact, [new Acknowledged(T.Of("10:02")), .. AllRoles("10:05")]);

        var result = incident.Evaluate("10:06");

        Assert.DoesNotContain(incident.Evaluate("11:00").Diagnostics, d => d.Id == "IRP4002");
        Assert.Equal(T.Of("10:30"), result.NextEvaluationAt); // the update cadence, not the roles' due instant
        Assert.Equal(T.Of("10:30"), result.Deadlines.NextUpdateBy);
    }

    [Fact]
    public void Roles_assigned_exactly_at_the_due_instant_are_in_time()
    {
        var result = Incidents.Record("10:00", Incidents.P0Impact, AllRoles("10:15")).Evaluate("10:20");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP4002");
    }

    [Fact]
    public void Entering_P1_from_P2_the_roles_fall_due_one_P1_response_time_later()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact).Evaluate("14:30");

        Assert.Equal(T.Of("14:30"), Assert.Single(result.Diagnostics, d => d.Id == "IRP4002").At);
    }

    [Fact]
    public void A_rise_whose_response_time_ends_at_the_due_instant_leaves_it_there()
    {
        // P1 at 10:00: roles due 10:30. P0 at 10:15 would make them due 10:15 + 15 min = 10:30, the same instant.
        var result = Incidents.Record("10:00", Incidents.P1Impact, new SeverityAssigned(T.Of("10:15"), "P0")).Evaluate("10:30");

        Assert.Equal(T.Of("10:30"), Assert.Single(result.Diagnostics, d => d.Id == "IRP4002").At);
    }

    [Fact]
    public void A_rise_from_P1_to_P0_moves_the_due_instant_earlier()
    {
        // P1 at 10:00: roles due 10:30; P0 at 10:05 gives 10:20.
        var result = Incidents.Record("10:00", Incidents.P1Impact, new SeverityAssigned(T.Of("10:05"), "P0")).Evaluate("10:20");

        Assert.Equal(T.Of("10:20"), Assert.Single(result.Diagnostics, d => d.Id == "IRP4002").At);
    }

    [Fact]
    public void A_downgrade_between_levels_that_require_roles_keeps_the_due_instant_also_when_the_lower_level_responds_sooner()
    {
        // Only a rise moves the due instant earlier. P0 at 10:00: roles due 10:15; P1 (here 5 minutes) at 10:02 would give 10:07.
        var policy = ResponsePolicy.CreateBuilder().Level("P1", l => l.ResponseTime(Duration.FromMinutes(5))).Build();

        var result = new PolicyEngine(policy).Evaluate(Incidents.Record("10:00", Incidents.P0Impact, new SeverityAssigned(T.Of("10:02"), "P1")), T.Of("10:20"));

        Assert.Equal(T.Of("10:15"), Assert.Single(result.Diagnostics, d => d.Id == "IRP4002").At);
    }

    [Fact]
    public void A_downgrade_to_a_level_without_roles_before_the_due_instant_reports_nothing()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, new SeverityAssigned(T.Of("10:10"), "P2")).Evaluate("11:00");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP4002");
    }

    [Fact]
    public void A_resolution_before_the_due_instant_reports_nothing()
    {
        var result = Incidents.Record("10:00", Incidents.P1Impact, new Resolved(T.Of("10:20"))).Evaluate("11:00");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP4002");
    }

    [Fact]
    public void Levels_without_required_roles_never_report()
    {
        Assert.DoesNotContain(Incidents.Record("10:00", Incidents.P2Impact).Evaluate("13:59").Diagnostics, d => d.Id == "IRP4002");
    }
}
