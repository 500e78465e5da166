using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>IRP8111: with the incident, the header's Severity (a level of the policy) is not the incident's peak severity.</summary>
internal sealed class ReviewSeverityRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8111";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A review's severity is the incident's peak",
        "the header's Severity is {0}, but the incident's peak severity is {1}",
        RuleCategories.Reviews,
        RuleSeverity.Warning);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        if (context.Incident is { } incident
            && review.Header?["Severity"] is { } field
            && context.Policy.TryGetLevel(field.Value, out _)
            && !string.Equals(field.Value, incident.Evaluation.PeakSeverity.Name, StringComparison.Ordinal))
        {
            yield return new DocumentRuleFinding(field.Position, Descriptor.FormatMessage(field.Value, incident.Evaluation.PeakSeverity.Name));
        }
    }
}
