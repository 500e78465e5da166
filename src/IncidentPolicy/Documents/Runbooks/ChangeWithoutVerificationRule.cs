using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// IRP8005: no verification after the last step that changes the system: no later step titled <c>Verify</c>,
/// <c>Verification</c>, <c>Check</c>, <c>Confirm</c> or <c>Validate</c>. When the steps section is one step, an
/// expected output after its last changing command is its verification. Reported at the changing step.
/// </summary>
internal sealed class ChangeWithoutVerificationRule : RunbookRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8005";

    private static readonly string[] VerificationWords = ["Verif", "Check", "Confirm", "Validat"];

    /// <summary>IRP8005: a change without a verification after it.</summary>
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A change is verified",
        "step '{0}' changes the system ({1}) and nothing after it verifies the change: add a later step titled Verify, Check, Confirm or Validate",
        RuleCategories.Runbooks,
        RuleSeverity.Warning);

    public override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context)
    {
        var steps = context.Runbook.Steps;
        var last = -1;
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Changes)
            {
                last = i;
            }
        }

        if (last < 0)
        {
            yield break;
        }

        var step = steps[last];
        var verified = context.Runbook.IsSingleStep
            ? step.HasExpectedOutputBetween(step.LastChangingBlock!.Span.Start, int.MaxValue)
            : steps.Skip(last + 1).Any(s => VerificationWords.Any(w => s.Name.StartsWith(w, StringComparison.OrdinalIgnoreCase)));
        if (!verified)
        {
            yield return new DocumentRuleFinding(context.Document.PositionOf(step.Heading), Descriptor.FormatMessage(step.Title, step.ChangingCommand));
        }
    }
}
