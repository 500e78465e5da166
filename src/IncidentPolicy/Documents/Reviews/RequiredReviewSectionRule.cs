using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>IRP8101: a section the policy's review layout requires (<c>documents.review.sections</c>) is missing; one finding per section, at the title.</summary>
internal sealed class RequiredReviewSectionRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8101";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A review has the sections of its template",
        "the review has no '## {0}' section (the policy's documents.review.sections: {1})",
        RuleCategories.Reviews,
        RuleSeverity.Error);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        var sections = context.Settings.Review.Sections;
        foreach (var name in sections.Where(n => review.Find(n) is null))
        {
            yield return new DocumentRuleFinding(context.TitlePosition, Descriptor.FormatMessage(name.Trim(), string.Join(", ", sections)));
        }
    }
}
