using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 2, <c>severityAssigned</c>: always done, at detection, with the classification's reason.</summary>
[Name("Checklist: severityAssigned")]
[Tag(ChecklistItems.Tag)]
internal sealed class SeverityAssignedItem : ChecklistItemRule<SeverityAssignedItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("severityAssigned", 2, "Severity assigned and documented.");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        var first = frame.Evaluation.SeverityHistory[0];
        return new ChecklistItem(
            Descriptor.Key, ChecklistItemState.Done, frame.DetectedAt, null, Invariant($"{first.RuleId}: {first.Severity.Name}, {first.Reason}"));
    }
}
