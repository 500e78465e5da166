using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>IRP8103: the Five Whys section (when required) has fewer than 5 numbered items containing "why".</summary>
internal sealed class FiveWhysRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8103";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Five Whys asks why five times",
        "Five Whys has {0} numbered item(s) asking why; it needs 5",
        RuleCategories.Reviews,
        RuleSeverity.Warning);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        if (!context.Settings.Review.Requires(ReviewOutline.FiveWhys) || review.Find(ReviewOutline.FiveWhys) is not { } section)
        {
            yield break;
        }

        var whys = section.AllBlocks()
            .OfType<Markdig.Syntax.ListBlock>()
            .Where(l => l.IsOrdered)
            .SelectMany(l => l.OfType<Markdig.Syntax.ListItemBlock>())
            .Count(item => item.Descendants<Markdig.Syntax.LeafBlock>().Any(b => Markdown.MarkdownText.PlainText(b).Contains("why", StringComparison.OrdinalIgnoreCase)));
        if (whys < 5)
        {
            yield return new DocumentRuleFinding(context.Document.PositionOf(section.Heading), Descriptor.FormatMessage(whys));
        }
    }
}
