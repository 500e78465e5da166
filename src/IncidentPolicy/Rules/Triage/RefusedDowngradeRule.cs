using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Triage;

/// <summary>
/// IRP1002: while the security-breach flag is set, a manual assignment below the most severe level is
/// refused; the severity stays and the refusal is reported at the assignment's instant.
/// </summary>
[Name(SecurityBreachRule.Id + " Refuse a downgrade during a security breach")]
[Tag(SecurityBreachRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class RefusedDowngradeRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        EventOccurred assigned = null!;
        CurrentClassification classified = null!;

        When()
            .Match(() => assigned, e => e.Event is SeverityAssigned)
            .Match(() => classified, c => c.Refuses(policy.Level(((SeverityAssigned)assigned.Event).Severity)));

        Then()
            .Do(ctx => policy.Report(
                ctx,
                SecurityBreachRule.Descriptor,
                assigned.At,
                ((SeverityAssigned)assigned.Event).Severity,
                ((SeverityAssigned)assigned.Event).By ?? "someone",
                classified.Classification!.Level.Name));
    }
}
