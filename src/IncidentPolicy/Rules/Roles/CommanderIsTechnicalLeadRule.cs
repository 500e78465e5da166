using IncidentPolicy.Model;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Roles;

/// <summary>IRP4003: the Incident Commander "does NOT debug": the same person as commander and technical lead is reported when it becomes true.</summary>
[Name("IRP4003 The Incident Commander is also the Technical Lead")]
[Tag("IRP4003")]
[Priority(RulePriorities.Reaction)]
internal sealed class CommanderIsTechnicalLeadRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        RosterChanged changed = null!;

        When()
            .Match(() => changed, c => !c.Before.CommanderIsTechnicalLead && c.After.CommanderIsTechnicalLead);

        Then()
            .Do(ctx => policy.Report(ctx, BuiltInRules.CommanderIsTechnicalLead, changed.At, changed.After.Holders[IncidentRole.IncidentCommander]));
    }
}
