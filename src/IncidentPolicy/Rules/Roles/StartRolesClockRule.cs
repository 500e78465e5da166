using System.Linq;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Roles;

/// <summary>
/// IRP4002: entering a level that requires roles from one that does not (or at detection), the roles fall
/// due one response time of that level later.
/// </summary>
[Name(RolesMissingRule.Id + " Roles fall due on entering a level that requires them")]
[Tag(RolesMissingRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class StartRolesClockRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;

        When()
            .Match(() => change, c => c.To.RequiresRoles && (c.From == null || !c.From.RequiresRoles));

        Then()
            .Do(ctx => ctx.Insert(new RolesTimer(change.To.ResponseTime.DueAfter(change.At, policy.Calendar))));
    }
}
