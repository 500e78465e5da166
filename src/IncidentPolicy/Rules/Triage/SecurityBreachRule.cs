using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Triage;

/// <summary>IRP1002: "Any incident involving data breach or security compromise is automatically P0."</summary>
[Name(SecurityBreachRule.Id + " A security breach is the most severe level")]
[Tag(SecurityBreachRule.Id)]
[Priority(RulePriorities.Decision)]
internal sealed class SecurityBreachRule : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP1002";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "A security breach is automatically the most severe level",
        "Assignment of {0} by {1} refused: a security breach is flagged, so the incident stays {2}", RuleCategories.Triage, RuleSeverity.Error);

    public override void Define()
    {
        ImpactAssessed assessed = null!;
        CurrentClassification classified = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => assessed)
            .Match(() => classified, c => c.Source == assessed && c.Classification!.ForcedBySecurityBreach)
            .Match(() => current, s => s.IsBelow(classified.Classification!.Level));

        Then()
            .Do(ctx => ctx.Insert(new SeverityChanged(
                current.Level, classified.Classification!.Level, assessed.At, Id, classified.Classification.Reason)));
    }
}
