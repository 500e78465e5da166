using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Roles;

/// <summary>IRP4002: required roles unassigned at the due instant, while unresolved at a level that requires them.</summary>
[Name(RolesMissingRule.Id + " Required roles missing")]
[Tag(RolesMissingRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class RolesMissingRule(RuleContext policy) : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP4002";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "Required incident roles are assigned",
        "{0} requires incident roles; still unassigned at {1}: {2}", RuleCategories.Roles, RuleSeverity.Warning);

    public override void Define()
    {
        TimerElapsed elapsed = null!;
        CurrentSeverity current = null!;
        RoleRoster roster = null!;
        string missing = null!;

        When()
            .Match(() => elapsed, e => e.Timer is RolesTimer)
            .Match(() => current)
            .Match(() => roster)
            .Let(() => missing, () => string.Join(", ", roster.Missing(current.Level!.RequiredRoles).Select(Text.Identifiers.Camel)))
            .Having(() => missing.Length > 0);

        Then()
            .Do(ctx => policy.Report(ctx, Descriptor, elapsed.At, current.Level!.Name, elapsed.At, missing));
    }
}
