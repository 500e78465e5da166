using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Triage;

/// <summary>
/// IRP1003: "When in doubt, over-classify." Each classification that read an unknown answer as its most
/// severe value says so. A classification decided by a security breach or data corruption did not read
/// the matrix, so it reports nothing.
/// </summary>
[Name(OverClassificationRule.Id + " Report over-classified unknowns")]
[Tag(OverClassificationRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class OverClassificationRule(RuleContext policy) : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP1003";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "Unknown impact is over-classified",
        "{0} unknown, assumed {1}: classified {2} (when in doubt, over-classify)", RuleCategories.Triage, RuleSeverity.Info);

    public override void Define()
    {
        ImpactAssessed assessed = null!;
        CurrentClassification classified = null!;

        When()
            .Match(() => assessed)
            .Match(() => classified, c => c.Source == assessed && c.Classification!.OverClassified);

        Then()
            .Do(ctx => policy.Report(
                ctx,
                Descriptor,
                assessed.At,
                string.Join(" and ", classified.Classification!.Assumed.Select(a => a.Question)),
                string.Join(" and ", classified.Classification.Assumed.Select(a => a.Assumed)),
                classified.Classification.Level.Name));
    }
}
