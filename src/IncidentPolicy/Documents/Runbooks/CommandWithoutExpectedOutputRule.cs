using System.Collections.Generic;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// IRP8004: a command block of a step with no expected output after it in the same step, before the next
/// command block: a paragraph starting <c>Expected</c> (plain or bold) or an output block (<c>text</c>, <c>output</c>).
/// Reported at the command block.
/// </summary>
internal sealed class CommandWithoutExpectedOutputRule : RunbookRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8004";

    /// <summary>IRP8004: a command without its expected output.</summary>
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Commands say what they should output",
        "the command block of step '{0}' has no expected output after it: add a paragraph 'Expected: ...' or an output block (```text) so responders know whether it worked",
        RuleCategories.Runbooks,
        RuleSeverity.Warning);

    public override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context)
    {
        foreach (var step in context.Runbook.Steps)
        {
            var end = step.Blocks.Count == 0 ? step.Heading.Span.End : int.MaxValue;
            for (var i = 0; i < step.CommandBlocks.Count; i++)
            {
                var block = step.CommandBlocks[i];
                var next = i + 1 < step.CommandBlocks.Count ? step.CommandBlocks[i + 1].Span.Start : end;
                if (!step.HasExpectedOutputBetween(block.Span.Start, next))
                {
                    yield return new DocumentRuleFinding(context.Document.PositionOf(block), Descriptor.FormatMessage(step.Title));
                }
            }
        }
    }
}
