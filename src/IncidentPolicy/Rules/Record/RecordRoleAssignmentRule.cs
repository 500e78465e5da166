using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Record;

/// <summary>A <c>roleAssigned</c> event gives the role to the person, replacing any previous holder.</summary>
[Name("Record: assign a role")]
[Priority(RulePriorities.Record)]
internal sealed class RecordRoleAssignmentRule : Rule
{
    public override void Define()
    {
        EventOccurred<RoleAssigned> assigned = null!;
        RoleRoster roster = null!;

        When()
            .Match(() => assigned)
            .Match(() => roster, r => r.Source != assigned);

        Then()
            .Do(ctx => Assign(ctx, assigned, roster));
    }

    private static void Assign(IContext context, EventOccurred<RoleAssigned> assigned, RoleRoster roster)
    {
        var next = roster.With(assigned.Event.Role, assigned.Event.Person, assigned);
        context.Replace(roster, next);
        context.Insert(new RosterChanged(roster, next, assigned.At));
    }
}
