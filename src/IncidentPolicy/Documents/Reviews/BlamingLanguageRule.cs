using System.Collections.Generic;
using System.Text.RegularExpressions;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>
/// IRP8107: blaming language in the review's prose, as whole phrases in any case: <c>human error</c>,
/// <c>should have</c>, <c>at fault</c>, <c>'s fault</c>, <c>to blame</c>, <c>blamed</c>, <c>careless</c>,
/// <c>negligent</c>, <c>forgot to</c>. "blameless", "no-fault", "default" and "failed to start" never match.
/// </summary>
internal sealed partial class BlamingLanguageRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8107";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A review uses blameless language",
        "'{0}' blames a person: ask what allowed this to happen, not who caused it",
        RuleCategories.Reviews,
        RuleSeverity.Info);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        foreach (Match match in Phrases().Matches(context.Document.Prose))
        {
            yield return new DocumentRuleFinding(context.Document.PositionOf(match.Index), Descriptor.FormatMessage(match.Value));
        }
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_-])(?:human\s+error|should\s+have|at\s+fault|to\s+blame|blamed|careless|negligent|forgot\s+to)(?![\p{L}\p{N}_-])|(?<=[\p{L}\p{N}])['’]s\s+fault(?![\p{L}\p{N}_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrases();
}
