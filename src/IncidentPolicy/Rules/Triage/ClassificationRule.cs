using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Triage;

/// <summary>
/// IRP1001: at detection the severity is classified from the impact (matrix; data corruption gives the
/// most severe level); a reassessment raises it when the new class is more severe, and never lowers it.
/// </summary>
[Name("IRP1001 Classify severity from impact")]
[Tag("IRP1001")]
[Priority(RulePriorities.Decision)]
internal sealed class ClassificationRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        ImpactAssessed assessed = null!;
        CurrentSeverity current = null!;
        Classification classification = null!;

        When()
            .Match(() => assessed)
            .Match(() => current)
            .Let(() => classification, () => policy.Classifier.Classify(assessed.Impact))
            .Having(() => !classification.ForcedBySecurityBreach && current.IsBelow(classification.Level));

        Then()
            .Do(ctx => ctx.Insert(new SeverityChanged(
                current.Level, classification.Level, assessed.At, BuiltInRules.Classification.Id, BuiltInRules.Classification.FormatMessage(classification.Reason))));
    }
}
