using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>IRP8105: the Action Items table has no row (or the section has no table).</summary>
internal sealed class NoActionItemRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8105";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A review has action items",
        "the Action Items section has no action item: a table row per action, with its owner, priority, due date and status",
        RuleCategories.Reviews,
        RuleSeverity.Warning);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        if (review.Find(ReviewOutline.ActionItems) is { } section && (review.ActionItemRows ?? []).IsEmpty)
        {
            yield return new DocumentRuleFinding(context.Document.PositionOf(section.Heading), Descriptor.FormatMessage());
        }
    }
}
