using System.Collections.Generic;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>The base of the review rules (IRP81xx): each analyses post-incident reviews only, read once as a <see cref="ReviewOutline"/>.</summary>
internal abstract class ReviewRule : IDocumentRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public bool AppliesTo(DocumentKind kind) => kind == DocumentKind.Review;

    public IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context) => Find(context, ReviewOutline.Of(context));

    protected abstract IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review);
}
