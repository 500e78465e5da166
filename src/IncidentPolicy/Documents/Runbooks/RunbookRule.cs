using System.Collections.Generic;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>The base of the runbook rules (IRP80xx): each analyses runbooks only.</summary>
internal abstract class RunbookRule : IDocumentRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public virtual bool AppliesTo(DocumentKind kind) => kind == DocumentKind.Runbook;

    public abstract IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context);
}
