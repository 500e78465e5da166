using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>IRP8002: a step (other than the escalation) has no fenced code block: "use exact commands, not descriptions".</summary>
internal sealed class StepWithoutCommandRule : RunbookRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8002";

    /// <summary>IRP8002: a step without a command.</summary>
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Every step gives exact commands",
        "step '{0}' has no command: use exact commands, not descriptions (a fenced code block responders can copy)",
        RuleCategories.Runbooks,
        RuleSeverity.Warning);

    public override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context) =>
        context.Runbook.Steps
            .Where(s => !s.IsEscalation && s.CodeBlocks.Count == 0)
            .Select(s => new DocumentRuleFinding(context.Document.PositionOf(s.Heading), Descriptor.FormatMessage(s.Title)));
}
