using System.Collections.Generic;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>IRP8007: no date stamp: no paragraph line starting <c>Last verified: YYYY-MM-DD</c> and no front matter <c>last_verified</c>. Reported at the title.</summary>
internal sealed class MissingDateStampRule : RunbookRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8007";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A runbook says when it was last verified",
        "the runbook has no date stamp: add a line 'Last verified: YYYY-MM-DD' (or front matter last_verified) so responders know how current it is",
        RuleCategories.Runbooks,
        RuleSeverity.Warning);

    public override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context)
    {
        if (DateStamp.Find(context.Document) is null)
        {
            yield return new DocumentRuleFinding(context.TitlePosition, Descriptor.FormatMessage());
        }
    }
}
