using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Text;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Escalation;

/// <summary>
/// IRP3001: "If a P2 is not resolved within 4 hours, escalate to P1. If a P1 is not resolved within
/// 2 hours, escalate to P0." When the clock of the current level elapses, the incident rises.
/// </summary>
[Name(EscalationRule.Id + " Escalate an unresolved incident")]
[Tag(EscalationRule.Id)]
[Priority(RulePriorities.Decision)]
internal sealed class EscalationRule : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP3001";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "Unresolved incidents escalate", "{0} unresolved for {1}", RuleCategories.Escalation, RuleSeverity.Warning);

    public override void Define()
    {
        TimerElapsed elapsed = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => elapsed, e => e.Timer is EscalationTimer)
            .Match(() => current, s => s.Entries == elapsed.Of<EscalationTimer>().Entry);

        Then()
            .Do(ctx => ctx.Insert(new SeverityChanged(
                current.Level,
                elapsed.Of<EscalationTimer>().To,
                elapsed.At,
                Id,
                Descriptor.FormatMessage(elapsed.Of<EscalationTimer>().From.Name, DurationText.Format(elapsed.Of<EscalationTimer>().From.Escalation!.After)))));
    }
}
