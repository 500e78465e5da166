using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using Markdig.Syntax;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>IRP8003: a fenced code block without an info string (a language), anywhere in the runbook.</summary>
internal sealed class CodeBlockWithoutLanguageRule : RunbookRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8003";

    /// <summary>IRP8003: a code block without a language.</summary>
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Code blocks name their language",
        "code block without a language: name it after the fence (```bash, ```sql, ```text) so readers know where to run it and tools can read it",
        RuleCategories.Runbooks,
        RuleSeverity.Info);

    public override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context) =>
        context.Document.Syntax.Descendants<FencedCodeBlock>()
            .Where(b => CodeBlocks.Language(b).Length == 0)
            .Select(b => new DocumentRuleFinding(context.Document.PositionOf(b), Descriptor.FormatMessage()));
}
