using System.Linq;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Roles;

/// <summary>
/// IRP4002: entering a level that requires roles from one that does not (or at detection), the roles fall
/// due one response time of that level later.
/// </summary>
[Name("IRP4002 Roles fall due on entering a level that requires them")]
[Tag("IRP4002")]
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

/// <summary>IRP4002: a rise between two levels that require roles moves the due instant earlier, as for the response deadline.</summary>
[Name("IRP4002 A rise moves the roles' due instant earlier")]
[Tag("IRP4002")]
[Priority(RulePriorities.Reaction)]
internal sealed class TightenRolesClockRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        RolesTimer timer = null!;
        Instant candidate = default;

        When()
            .Match(() => change, c => c.IsRise && c.From!.RequiresRoles && c.To.RequiresRoles)
            .Match(() => timer)
            .Let(() => candidate, () => change.To.ResponseTime.DueAfter(change.At, policy.Calendar))
            .Having(() => candidate < timer.DueAt);

        Then()
            .Do(ctx => ctx.Replace(timer, new RolesTimer(candidate)));
    }
}

/// <summary>IRP4002: the roles' clock stops when the incident leaves the levels that require roles (re-entering starts a new one).</summary>
[Name("IRP4002 Stop the roles clock on leaving the levels that require roles")]
[Tag("IRP4002")]
[Priority(RulePriorities.Reaction)]
internal sealed class StopRolesClockRule : Rule
{
    public override void Define()
    {
        RolesTimer timer = null!;

        When()
            .Match(() => timer)
            .Exists<CurrentSeverity>(s => s.Level != null && !s.Level.RequiresRoles);

        Then()
            .Do(ctx => ctx.Retract(timer));
    }
}

/// <summary>IRP4002: required roles unassigned at the due instant, while unresolved at a level that requires them.</summary>
[Name("IRP4002 Required roles missing")]
[Tag("IRP4002")]
[Priority(RulePriorities.Reaction)]
internal sealed class RolesMissingRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        TimerElapsed<RolesTimer> elapsed = null!;
        CurrentSeverity current = null!;
        RoleRoster roster = null!;
        string missing = null!;

        When()
            .Match(() => elapsed)
            .Match(() => current)
            .Match(() => roster)
            .Let(() => missing, () => string.Join(", ", roster.Missing(current.Level!.RequiredRoles).Select(Text.Identifiers.Camel)))
            .Having(() => missing.Length > 0);

        Then()
            .Do(ctx => policy.Report(ctx, BuiltInRules.RolesMissing, elapsed.At, current.Level!.Level.Name, elapsed.At, missing));
    }
}
