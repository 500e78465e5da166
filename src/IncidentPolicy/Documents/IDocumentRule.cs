using System.Collections.Generic;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents;

/// <summary>
/// One document rule (an analyzer of Markdown documents, IRP8xxx): what its descriptor reports in a document
/// of the kinds it applies to. <see cref="DocumentRules"/> finds every implementation, so a rule is
/// registered by its own file; the analyzer applies the configured severity and the suppressions.
/// </summary>
internal interface IDocumentRule
{
    /// <summary>The rule's descriptor, one of <see cref="DocumentRules.All"/>.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Whether the rule analyses documents of <paramref name="kind"/>.</summary>
    bool AppliesTo(DocumentKind kind);

    /// <summary>What the rule finds in the document, whatever its configured severity.</summary>
    IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context);
}
