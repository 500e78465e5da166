using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>IRP8102: the header line lacks a field, or a Date, Severity or Duration is invalid (a placeholder is invalid there; a placeholder Author is present).</summary>
internal sealed class ReviewHeaderRule : ReviewRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8102";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A review's header has a valid date, severity, duration and author",
        "{0}",
        RuleCategories.Reviews,
        RuleSeverity.Warning);

    protected override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context, ReviewOutline review)
    {
        if (review.Header is not { } header)
        {
            yield return new DocumentRuleFinding(
                context.TitlePosition,
                Descriptor.FormatMessage("the review has no header line: **Date**: YYYY-MM-DD | **Severity**: <level> | **Duration**: <e.g. 2h 30m> | **Author**: <name>"));
            yield break;
        }

        foreach (var name in ReviewHeader.FieldNames)
        {
            if (header[name] is not { } field)
            {
                yield return new DocumentRuleFinding(header.Position, Descriptor.FormatMessage($"the header has no {name} field"));
                continue;
            }

            var problem = name switch
            {
                "Date" when !ReviewValues.TryParseDate(field.Value, out _) => $"Date '{field.Value}' is not a date YYYY-MM-DD",
                "Severity" when !context.Policy.TryGetLevel(field.Value, out _) =>
                    $"Severity '{field.Value}' is not a level of the policy ({string.Join(", ", context.Policy.Levels.Select(l => l.Name))})",
                "Duration" when !ReviewValues.IsDuration(field.Value) => $"Duration '{field.Value}' is not a duration such as 45m, 2h 30m, 1d 4h or PT2H30M",
                "Author" when field.Value.Length == 0 => "the Author field is empty",
                _ => null,
            };
            if (problem is not null)
            {
                yield return new DocumentRuleFinding(field.Position, Descriptor.FormatMessage(problem));
            }
        }
    }
}
