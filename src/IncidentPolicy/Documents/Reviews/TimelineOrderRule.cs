using System;
using System.Collections.Generic;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>IRP8108: a Timeline row whose time is not HH:MM or YYYY-MM-DD HH:MM, or earlier than the row above (a time-only row takes the date of the last dated row above it).</summary>
internal sealed class TimelineOrderRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8108";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Timeline rows have times in order",
        "{0}",
        RuleCategories.Reviews,
        RuleSeverity.Warning);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        NodaTime.LocalDate? date = null;
        NodaTime.LocalDateTime? previous = null;
        foreach (var row in review.TimelineRows ?? [])
        {
            if (row.FirstCell is not { } cell)
            {
                continue;
            }

            if (!TimelineTime.TryParse(cell.Text, date, out var time, out var dated))
            {
                yield return new DocumentRuleFinding(cell.Position, Descriptor.FormatMessage($"timeline time '{cell.Text}' is not HH:MM or YYYY-MM-DD HH:MM"));
                continue;
            }

            date = dated ?? date;
            if (previous is { } before && time < before)
            {
                yield return new DocumentRuleFinding(cell.Position, Descriptor.FormatMessage($"timeline row at '{cell.Text}' is earlier than the row above it"));
            }

            previous = time;
        }
    }
}
