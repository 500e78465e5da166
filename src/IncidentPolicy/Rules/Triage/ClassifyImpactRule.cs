using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Triage;

/// <summary>
/// Triage: an impact assessed (at detection or by a reassessment) is classified once, by
/// <see cref="ImpactClassifier"/>; the classification replaces the one before and the rules that need it
/// match it. It runs whatever the rules' severities, as the severity always needs a level.
/// </summary>
[Name("Triage: classify the impact assessed")]
[Priority(RulePriorities.Classification)]
internal sealed class ClassifyImpactRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        ImpactAssessed assessed = null!;
        CurrentClassification current = null!;

        When()
            .Match(() => assessed)
            .Match(() => current, c => c.Source != assessed);

        Then()
            .Do(ctx => ctx.Replace(current, new CurrentClassification(policy.Classifier.Classify(assessed.Impact), assessed)));
    }
}
