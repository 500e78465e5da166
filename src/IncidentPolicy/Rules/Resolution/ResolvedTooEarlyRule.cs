using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Text;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Resolution;

/// <summary>IRP6001: resolved before the verification window after the last mitigation ended.</summary>
[Name(ResolvedTooEarlyRule.Id + " Resolved before the verification window ended")]
[Tag(ResolvedTooEarlyRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class ResolvedTooEarlyRule(RuleContext policy) : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP6001";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "Resolution waits for the verification window",
        "Resolved at {0}, {1} after the mitigation at {2}; a {3} incident is monitored for {4} before it is resolved (not before {5})",
        RuleCategories.Resolution, RuleSeverity.Warning);

    public override void Define()
    {
        EventOccurred resolved = null!;
        EarliestResolve earliest = null!;
        LastMitigation mitigation = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => resolved, e => e.Event is Resolved)
            .Match(() => earliest, e => e.Value > resolved.At)
            .Match(() => mitigation)
            .Match(() => current);

        Then()
            .Do(ctx => policy.Report(
                ctx,
                Descriptor,
                resolved.At,
                resolved.At,
                DurationText.Format(resolved.At - mitigation.At!.Value),
                mitigation.At,
                current.Level!.Name,
                DurationText.Format(current.Level.VerificationWindow!.Value),
                earliest.Value));
    }
}
