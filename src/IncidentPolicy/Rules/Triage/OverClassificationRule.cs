using System.Linq;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Triage;

/// <summary>
/// IRP1003: "When in doubt, over-classify." Each classification that read an unknown answer as its most
/// severe value says so. A classification decided by a security breach or data corruption did not read
/// the matrix, so it reports nothing.
/// </summary>
[Name("IRP1003 Report over-classified unknowns")]
[Tag("IRP1003")]
[Priority(RulePriorities.Reaction)]
internal sealed class OverClassificationRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        ImpactAssessed assessed = null!;
        Classification classification = null!;

        When()
            .Match(() => assessed)
            .Let(() => classification, () => policy.Classifier.Classify(assessed.Impact))
            .Having(() => classification.OverClassified);

        Then()
            .Do(ctx => policy.Report(
                ctx,
                BuiltInRules.OverClassification,
                assessed.At,
                string.Join(" and ", classification.Assumed.Select(a => a.Question)),
                string.Join(" and ", classification.Assumed.Select(a => a.Assumed)),
                classification.Level.Level.Name));
    }
}
