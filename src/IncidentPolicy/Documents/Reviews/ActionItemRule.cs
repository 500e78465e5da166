using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>IRP8104: an action item lacks Owner, Priority (High, Medium, Low), a valid Due Date (YYYY-MM-DD) or Status (TODO, In Progress, Done); one finding per row. A placeholder Owner is present; a placeholder in a typed cell is invalid.</summary>
internal sealed class ActionItemRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8104";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Action items have an owner, a priority, a due date and a status",
        "action item '{0}' lacks {1}",
        RuleCategories.Reviews,
        RuleSeverity.Warning);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        foreach (var row in review.ActionItemRows ?? [])
        {
            var missing = new List<string>(4);
            if (string.IsNullOrWhiteSpace(row["Owner"]?.Text))
            {
                missing.Add("an owner");
            }

            if (row["Priority"] is not { } priority || !ReviewValues.IsPriority(priority.Text))
            {
                missing.Add("a priority (High, Medium or Low)");
            }

            if (row["Due Date"] is not { } due || !ReviewValues.TryParseDate(due.Text, out _))
            {
                missing.Add("a due date (YYYY-MM-DD)");
            }

            if (row["Status"] is not { } status || !ReviewValues.IsStatus(status.Text))
            {
                missing.Add("a status (TODO, In Progress or Done)");
            }

            if (missing.Count > 0)
            {
                yield return new DocumentRuleFinding(row.Position, Descriptor.FormatMessage(row.NameBy("Action"), string.Join(", ", missing)));
            }
        }
    }
}
