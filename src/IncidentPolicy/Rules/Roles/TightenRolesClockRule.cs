using System.Linq;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Roles;

/// <summary>IRP4002: a rise between two levels that require roles moves the due instant earlier, as for the response deadline.</summary>
[Name(RolesMissingRule.Id + " A rise moves the roles' due instant earlier")]
[Tag(RolesMissingRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class TightenRolesClockRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        RuleTimer timer = null!;
        Instant candidate = default;

        When()
            .Match(() => change, c => c.IsRise && c.From!.RequiresRoles && c.To.RequiresRoles)
            .Match(() => timer, t => t is RolesTimer)
            .Let(() => candidate, () => change.To.ResponseTime.DueAfter(change.At, policy.Calendar))
            .Having(() => candidate < timer.DueAt);

        Then()
            .Do(ctx => ctx.Replace(timer, new RolesTimer(candidate)));
    }
}
