using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>IRP8006: a step that changes the system has no rollback: no paragraph starting <c>Rollback</c> and no H4 <c>Rollback</c> in it.</summary>
internal sealed class ChangeWithoutRollbackRule : RunbookRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8006";

    /// <summary>IRP8006: a change without a rollback.</summary>
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A change has a rollback",
        "step '{0}' changes the system ({1}) and has no rollback: add a paragraph 'Rollback: ...' or a '#### Rollback' heading with the commands that undo it",
        RuleCategories.Runbooks,
        RuleSeverity.Warning);

    public override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context) =>
        context.Runbook.Steps
            .Where(s => s.Changes && !s.HasRollback)
            .Select(s => new DocumentRuleFinding(context.Document.PositionOf(s.Heading), Descriptor.FormatMessage(s.Title, s.ChangingCommand)));
}
