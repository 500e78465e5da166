using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 12, <c>actionItemsCreated</c>: done at the first actionItemCreated; after resolution at a level with a review, due reviewBy.</summary>
[Name("Checklist: actionItemsCreated")]
[Tag(ChecklistItems.Tag)]
internal sealed class ActionItemsCreatedItem : ChecklistItemRule<ActionItemsCreatedItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("actionItemsCreated", 12, "Action items created with owners and due dates.");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        Instant? first = frame.Events.ActionItems.Select(at => (Instant?)at).FirstOrDefault();
        if (first is not null || frame.ResolvedAt is null)
        {
            return frame.Timed(Descriptor, first, Invariant($"actionItemCreated at {first}"), null, "no actionItemCreated", belongsBeforeResolution: false);
        }

        return frame.ReviewBy is { } reviewBy
            ? frame.Timed(Descriptor, null, string.Empty, reviewBy, "no actionItemCreated", belongsBeforeResolution: false)
            : ChecklistFrame.NotApplicable(Descriptor, Invariant($"no review at {frame.Evaluation.PeakSeverity.Name}"));
    }
}
