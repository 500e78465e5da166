using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Triage;

/// <summary>
/// IRP1001: at detection the severity is classified from the impact (matrix; data corruption gives the
/// most severe level); a reassessment raises it when the new class is more severe, and never lowers it.
/// </summary>
[Name(ClassificationRule.Id + " Classify severity from impact")]
[Tag(ClassificationRule.Id)]
[Priority(RulePriorities.Decision)]
internal sealed class ClassificationRule : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP1001";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "Severity is classified from the impact assessment", "{0}", RuleCategories.Triage, RuleSeverity.Info, isConfigurable: false);

    public override void Define()
    {
        ImpactAssessed assessed = null!;
        CurrentClassification classified = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => assessed)
            .Match(() => classified, c => c.Source == assessed && !c.Classification!.ForcedBySecurityBreach)
            .Match(() => current, s => s.IsBelow(classified.Classification!.Level));

        Then()
            .Do(ctx => ctx.Insert(new SeverityChanged(
                current.Level, classified.Classification!.Level, assessed.At, Id, Descriptor.FormatMessage(classified.Classification.Reason))));
    }
}
