using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>IRP8109: the Lessons Learned section (when required) lacks "What went well" or "What could improve".</summary>
internal sealed class LessonsLearnedRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8109";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Lessons Learned says what went well and what could improve",
        "Lessons Learned has no '{0}'",
        RuleCategories.Reviews,
        RuleSeverity.Warning);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        if (!context.Settings.Review.Requires(ReviewOutline.LessonsLearned) || review.Find(ReviewOutline.LessonsLearned) is not { } section)
        {
            yield break;
        }

        var text = string.Join('\n', section.AllBlocks().OfType<Markdig.Syntax.LeafBlock>().Select(Markdown.MarkdownText.PlainText));
        foreach (var prompt in new[] { "What went well", "What could improve" })
        {
            if (!text.Contains(prompt, StringComparison.OrdinalIgnoreCase))
            {
                yield return new DocumentRuleFinding(context.Document.PositionOf(section.Heading), Descriptor.FormatMessage(prompt));
            }
        }
    }
}
