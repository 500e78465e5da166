using System;
using System.Collections.Generic;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// IRP8001: a section the policy's runbook layout requires (<c>documents.runbook.sections</c>) is missing, one
/// finding per section, at the title. The escalation is there when an H2 or a step is titled <c>Escalat...</c>.
/// </summary>
internal sealed class RequiredSectionRule : RunbookRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8001";

    /// <summary>IRP8001: a required runbook section is missing.</summary>
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A runbook has the sections of its layout",
        "the runbook has no '## {0}' section (the policy's documents.runbook.sections: {1})",
        RuleCategories.Runbooks,
        RuleSeverity.Error);

    public override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context)
    {
        var sections = context.Settings.Runbook.Sections;
        foreach (var name in sections)
        {
            var present = name.Trim().Equals(RunbookSettings.EscalationSection, StringComparison.OrdinalIgnoreCase)
                ? context.Runbook.HasEscalation
                : context.Document.Outline.Find(name) is not null;
            if (!present)
            {
                yield return new DocumentRuleFinding(context.TitlePosition, Descriptor.FormatMessage(name.Trim(), string.Join(", ", sections)));
            }
        }
    }
}
