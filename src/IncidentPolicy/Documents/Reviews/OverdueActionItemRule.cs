using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>IRP8112: an action item whose Due Date is before the analysis date and whose Status is not Done.</summary>
internal sealed class OverdueActionItemRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8112";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Action items are followed through",
        "action item '{0}' was due {1} and is {2}: follow through on action items",
        RuleCategories.Reviews,
        RuleSeverity.Warning);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        foreach (var row in review.ActionItemRows ?? [])
        {
            if (row["Due Date"] is { } due && ReviewValues.TryParseDate(due.Text, out var date) && date < context.AnalysisDate
                && !ReviewValues.IsDone(row["Status"]?.Text ?? string.Empty))
            {
                var status = row["Status"]?.Text is { Length: > 0 } s ? $"'{s}'" : "without a status";
                yield return new DocumentRuleFinding(row.Position, Descriptor.FormatMessage(row.NameBy("Action"), due.Text, status));
            }
        }
    }
}
