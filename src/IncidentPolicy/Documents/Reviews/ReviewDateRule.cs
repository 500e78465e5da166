using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>IRP8110: with the incident, the review's Date is after the policy's review deadline for it (compared as dates in the calendar's zone).</summary>
internal sealed class ReviewDateRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8110";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A review is held by its deadline",
        "the review is dated {0}, after its deadline {1} (reviewBy {2}): a {3} incident is reviewed within {4} of resolution",
        RuleCategories.Reviews,
        RuleSeverity.Warning);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        if (context.Incident is not { } incident
            || incident.Evaluation.Deadlines.ReviewBy is not { } reviewBy
            || review.Header?["Date"] is not { } field
            || !ReviewValues.TryParseDate(field.Value, out var date))
        {
            yield break;
        }

        var deadline = reviewBy.InZone(context.Policy.Calendar.TimeZone).Date;
        if (date > deadline)
        {
            var peak = incident.Evaluation.PeakSeverity.Name;
            var within = context.Policy.TryGetLevel(peak, out var level) && level.ReviewWithin is { } w ? w.ToString() : "its review window";
            yield return new DocumentRuleFinding(
                field.Position,
                Descriptor.FormatMessage(field.Value, NodaTime.Text.LocalDatePattern.Iso.Format(deadline), NodaTime.Text.InstantPattern.ExtendedIso.Format(reviewBy), peak, within));
        }
    }
}
