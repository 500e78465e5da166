using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Documents.Markdown;
using IncidentPolicy.Policy;
using IncidentPolicy.Reviews;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>
/// IRP8106: the Root Cause, Five Whys or Timeline names an individual, one finding per occurrence, at the name:
/// an <c>@handle</c> (at a word start, never inside an e-mail address), or, with the incident, a person the
/// record names (<c>by</c> and <c>person</c> fields) as a whole word — in any case when the name is
/// handle-like, only capitalised when it is a plain name, so the verb "will" is never a Will. The policy's
/// <c>documents.review.ignoreNames</c> are not people. Action-item owners are people by design: the Action
/// Items section is never read.
/// </summary>
internal sealed class BlameRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8106";

    /// <summary>The sections read for names.</summary>
    private static readonly string[] Sections = [ReviewOutline.RootCause, ReviewOutline.FiveWhys, ReviewOutline.Timeline];

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A review names no individual in its analysis",
        "'{0}' names an individual in {1}: describe what happened without the who, use role titles (\"the incident commander\")",
        RuleCategories.Reviews,
        RuleSeverity.Warning);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        var settings = context.Settings.Review;
        var people = context.Incident is { } incident
            ? RecordPeople.Of(incident.Record).Names.Where(n => !settings.Ignores(n)).ToList()
            : [];
        var document = context.Document;
        foreach (var name in Sections)
        {
            if (review.Find(name) is not { Blocks.Count: > 0 } section)
            {
                continue;
            }

            var start = section.Blocks.Min(b => b.Span.Start);
            var end = Math.Min(section.Blocks.Max(b => b.Span.End) + 1, document.Text.Length);
            var prose = document.Prose[start..end];
            var found = new SortedDictionary<int, string>();
            foreach (var handle in PersonNames.Handles(prose).Where(h => !settings.Ignores(h.Name)))
            {
                found.TryAdd(handle.Start, prose.Substring(handle.Start, handle.Length));
            }

            foreach (var person in people)
            {
                foreach (var at in PersonNames.Occurrences(prose, person))
                {
                    found.TryAdd(at, prose.Substring(at, person.Length));
                }
            }

            foreach (var (at, text) in found)
            {
                yield return new DocumentRuleFinding(document.PositionOf(start + at), Descriptor.FormatMessage(text, section.Title));
            }
        }
    }
}
