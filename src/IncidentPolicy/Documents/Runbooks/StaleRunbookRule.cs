using System.Collections.Generic;
using System.Globalization;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// IRP8008: the runbook was last verified more than the policy's <c>documents.runbookMaxAge</c> (default
/// <c>P90D</c>) before the analysis date. Reported at the date stamp.
/// </summary>
internal sealed class StaleRunbookRule : RunbookRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP8008";

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A runbook is verified regularly",
        "the runbook was last verified on {0}, {1} days before {2}: more than the policy's {3} (documents.runbookMaxAge); run it again and update the date",
        RuleCategories.Runbooks,
        RuleSeverity.Warning);

    public override IEnumerable<DocumentRuleFinding> Find(DocumentRuleContext context)
    {
        if (DateStamp.Find(context.Document) is not { } stamp)
        {
            yield break;
        }

        var days = Period.Between(stamp.Date, context.AnalysisDate, PeriodUnits.Days).Days;
        if (Duration.FromDays(days) > context.Settings.RunbookMaxAge)
        {
            yield return new DocumentRuleFinding(
                stamp.Position,
                Descriptor.FormatMessage(
                    stamp.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    days,
                    context.AnalysisDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    IsoDuration.Format(context.Settings.RunbookMaxAge)));
        }
    }
}
