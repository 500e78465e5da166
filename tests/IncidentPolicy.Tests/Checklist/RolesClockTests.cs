using IncidentPolicy.Checklist;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;
using static IncidentPolicy.Checklist.ChecklistItemState;

namespace IncidentPolicy.Tests.Checklist;

/// <summary>
/// When the roles fall due (<c>rolesAssigned</c>, as IRP4002 has it) and when they count as assigned, as the
/// incident's level changes. On the default policy P0 (15 minutes) and P1 (30 minutes) require roles, P2 and P3 do not.
/// </summary>
public sealed class RolesClockTests
{
    private static readonly ChecklistEngine Engine = new(Engines.Default);

    private static ChecklistItem Roles(ImpactAssessment impact, string at, params IncidentEvent[] events) =>
        Engine.Report(Incidents.Record("14:00", impact, events), T.Of(at))["rolesAssigned"];

    private static RoleAssigned Role(string at, IncidentRole role, string person = "alice") => new(T.Of(at), role, person);

    private static SeverityAssigned Level(string at, string level) => new(T.Of(at), level);

    private static readonly IncidentEvent[] AllRoles =
    [
        Role("14:05", IncidentRole.IncidentCommander), Role("14:06", IncidentRole.TechnicalLead),
        Role("14:07", IncidentRole.CommunicationsLead), Role("14:08", IncidentRole.Scribe),
    ];

    private static void Is(ChecklistItem item, ChecklistItemState state, string? at, string? due)
    {
        Assert.Equal(state, item.State);
        Assert.Equal(at is null ? null : T.Of(at), item.At);
        Assert.Equal(due is null ? null : T.Of(due), item.DueBy);
    }

    [Fact]
    public void A_rise_into_a_level_that_requires_roles_starts_the_clock_at_the_rise()
    {
        Is(Roles(Incidents.P2Impact, "14:20", Level("14:10", "P1")), Pending, null, "14:40");
    }

    [Fact]
    public void Roles_assigned_before_a_rise_into_a_level_that_requires_them_are_done_at_the_rise()
    {
        var item = Roles(Incidents.P2Impact, "14:20", [.. AllRoles, Level("14:10", "P1")]);

        Is(item, Done, "14:10", "14:40");
        Assert.Equal("every required role assigned at 2024-03-15T14:10:00Z", item.Evidence);
    }

    [Fact]
    public void Roles_are_done_when_the_last_is_first_assigned_and_a_later_reassignment_does_not_move_it()
    {
        Is(Roles(Incidents.P1Impact, "14:30", [.. AllRoles, Role("14:20", IncidentRole.IncidentCommander, "bob")]), Done, "14:08", "14:30");
    }

    [Fact]
    public void An_early_rise_between_levels_that_require_roles_brings_the_due_instant_forward()
    {
        // P1 from 14:00 (due 14:30), P0 from 14:10: 14:10 + 15 minutes.
        Is(Roles(Incidents.P1Impact, "14:12", Level("14:10", "P0")), Pending, null, "14:25");
    }

    [Fact]
    public void A_late_rise_between_levels_that_require_roles_keeps_the_earlier_due_instant()
    {
        // P0 from 14:20 would give 14:35, after the P1's 14:30.
        Is(Roles(Incidents.P1Impact, "14:25", Level("14:20", "P0")), Pending, null, "14:30");
    }

    [Fact]
    public void Lowering_the_incident_below_the_levels_that_require_roles_keeps_the_due_instant()
    {
        Is(Roles(Incidents.P1Impact, "14:25", Level("14:10", "P2"), Level("14:20", "P3")), Pending, null, "14:30");
    }

    [Fact]
    public void Lowering_between_levels_that_require_roles_never_moves_the_due_instant_even_to_a_faster_level()
    {
        // A policy whose P0 answers in an hour: lowered to P1 (30 minutes) at 14:10, the roles stay due at 15:00.
        var policy = ResponsePolicy.CreateBuilder().Level("P0", l => l.ResponseTime(Duration.FromHours(1))).Build();
        var engine = new ChecklistEngine(new PolicyEngine(policy));

        var item = engine.Report(Incidents.Record("14:00", Incidents.P0Impact, Level("14:10", "P1")), T.Of("14:20"))["rolesAssigned"];

        Is(item, Pending, null, "15:00");
    }
}
