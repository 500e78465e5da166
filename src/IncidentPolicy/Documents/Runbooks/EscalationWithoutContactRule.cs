using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// IRP8010: an escalation (an H2 or a step titled <c>Escalat...</c>) names no one to escalate to: no
/// <c>#channel</c>, <c>@handle</c>, link, e-mail address or phone number in its heading or its prose. Reported at its heading.
/// </summary>
internal sealed partial class EscalationWithoutContactRule : RunbookRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8010";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "An escalation names whom to contact",
        "the escalation '{0}' names no one to escalate to: give a #channel, an @handle, a link, an e-mail address or a phone number",
        RuleCategories.Runbooks,
        RuleSeverity.Warning);

    public override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context)
    {
        foreach (var (heading, title, blocks) in context.Runbook.Escalations)
        {
            if (!HasContact(context, heading) && !blocks.Any(b => HasContact(context, b)))
            {
                yield return new DocumentRuleFinding(context.Document.PositionOf(heading), Descriptor.FormatMessage(title));
            }
        }
    }

    private static bool HasContact(DocumentRuleContext context, Block block)
    {
        if (block is not LeafBlock { Inline: { } inline } || block is CodeBlock)
        {
            return false;
        }

        if (inline.Descendants<LinkInline>().Any(l => !l.IsImage) || inline.Descendants<AutolinkInline>().Any())
        {
            return true;
        }

        return Contact().IsMatch(context.Document.ProseOf(block).Prose);
    }

    // No match timeout (as no regex of the analyzers has one): a timeout is wall-clock time, so a busy machine would make
    // a document fail to analyse that passes on an idle one. Each pattern runs in time linear in the text instead: an
    // address starts where its run of address characters starts, so a long run without '@' is scanned once, not once
    // per character.
    [GeneratedRegex(
        @"(?<![\w&#])#[A-Za-z0-9][\w.-]*|(?<![\w.+-])@[A-Za-z0-9][\w.-]*|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|(?<!\w)\+?\d[\d ().-]{6,}\d",
        RegexOptions.CultureInvariant)]
    private static partial Regex Contact();
}
