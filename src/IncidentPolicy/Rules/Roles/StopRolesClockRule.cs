using System.Linq;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Roles;

/// <summary>IRP4002: the roles' clock stops when the incident leaves the levels that require roles (re-entering starts a new one).</summary>
[Name(RolesMissingRule.Id + " Stop the roles clock on leaving the levels that require roles")]
[Tag(RolesMissingRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class StopRolesClockRule : Rule
{
    public override void Define()
    {
        RuleTimer timer = null!;

        When()
            .Match(() => timer, t => t is RolesTimer)
            .Exists<CurrentSeverity>(s => s.Level != null && !s.Level.RequiresRoles);

        Then()
            .Do(ctx => ctx.Retract(timer));
    }
}
