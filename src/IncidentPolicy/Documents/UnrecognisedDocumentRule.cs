using System.Collections.Generic;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents;

/// <summary>
/// IRP8000: a document named for analysis that is neither a runbook nor a review. The analyzer reports it
/// itself, once, instead of running the other rules; files of a folder that are neither are skipped silently.
/// </summary>
internal sealed class UnrecognisedDocumentRule : IDocumentRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8000";

    /// <summary>IRP8000: not a runbook or review.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A document to analyse is a runbook or a review",
        "not a runbook or review: the first heading is neither '# Runbook: ...' nor '# Post-Incident Review: ...' (name the kind with --kind, or list the runbooks' paths in the policy's documents.runbook.paths)",
        RuleCategories.Runbooks,
        RuleSeverity.Info);

    RuleDescriptor IDocumentRule.Descriptor => Descriptor;

    public bool AppliesTo(DocumentKind kind) => false;

    public IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context) => [];
}
