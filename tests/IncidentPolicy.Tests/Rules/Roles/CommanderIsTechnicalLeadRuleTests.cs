using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Roles;

/// <summary>IRP4003: the Incident Commander "Coordinates response, makes decisions, delegates tasks. Does NOT debug."</summary>
public sealed class CommanderIsTechnicalLeadRuleTests
{
    [Fact]
    public void The_same_person_as_commander_and_technical_lead_is_reported_when_it_becomes_true()
    {
        var result = Incidents.Record(
            "10:00",
            Incidents.P1Impact,
            new RoleAssigned(T.Of("10:05"), IncidentRole.IncidentCommander, "carol"),
            new RoleAssigned(T.Of("10:07"), IncidentRole.TechnicalLead, "Carol ")).Evaluate("10:10");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "IRP4003");
        Assert.Equal(T.Of("10:07"), diagnostic.At);
        Assert.Equal("carol is both incidentCommander and technicalLead: the Incident Commander coordinates and does not debug", diagnostic.Message);
    }

    [Fact]
    public void Different_people_are_fine()
    {
        var result = Incidents.Record(
            "10:00",
            Incidents.P1Impact,
            new RoleAssigned(T.Of("10:05"), IncidentRole.IncidentCommander, "carol"),
            new RoleAssigned(T.Of("10:07"), IncidentRole.TechnicalLead, "dave")).Evaluate("10:10");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IRP4003");
    }

    [Fact]
    public void It_is_reported_again_each_time_it_becomes_true()
    {
        var result = Incidents.Record(
            "10:00",
            Incidents.P1Impact,
            new RoleAssigned(T.Of("10:05"), IncidentRole.IncidentCommander, "carol"),
            new RoleAssigned(T.Of("10:06"), IncidentRole.TechnicalLead, "carol"),
            new RoleAssigned(T.Of("10:07"), IncidentRole.TechnicalLead, "dave"),
            new RoleAssigned(T.Of("10:08"), IncidentRole.IncidentCommander, "dave")).Evaluate("10:10");

        Assert.Equal([T.Of("10:06"), T.Of("10:08")], result.Diagnostics.Where(d => d.Id == "IRP4003").Select(d => d.At));
    }
}
