using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Roles;

/// <summary>IRP4003: the Incident Commander "does NOT debug": the same person as commander and technical lead is reported when it becomes true.</summary>
[Name(CommanderIsTechnicalLeadRule.Id + " The Incident Commander is also the Technical Lead")]
[Tag(CommanderIsTechnicalLeadRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class CommanderIsTechnicalLeadRule(RuleContext policy) : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP4003";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "The Incident Commander does not debug",
        "{0} is both incidentCommander and technicalLead: the Incident Commander coordinates and does not debug", RuleCategories.Roles, RuleSeverity.Warning);

    public override void Define()
    {
        RosterChanged changed = null!;

        When()
            .Match(() => changed, c => !c.Before.CommanderIsTechnicalLead && c.After.CommanderIsTechnicalLead);

        Then()
            .Do(ctx => policy.Report(ctx, Descriptor, changed.At, changed.After.Holders[IncidentRole.IncidentCommander]));
    }
}
