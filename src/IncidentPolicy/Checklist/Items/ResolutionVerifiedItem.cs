using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 9, <c>resolutionVerified</c>: done when resolved at or after earliestResolveAt (or with no window); missed when resolved too early.</summary>
[Name("Checklist: resolutionVerified")]
[Tag(ChecklistItems.Tag)]
internal sealed class ResolutionVerifiedItem : ChecklistItemRule<ResolutionVerifiedItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("resolutionVerified", 9, "Resolution verified with monitoring data.");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        if (frame.ResolvedAt is not { } resolved)
        {
            return ChecklistFrame.PendingUntilResolved(Descriptor);
        }

        return frame.Evaluation.Deadlines[Evaluation.Deadline.EarliestResolveAt] is { } earliest && resolved < earliest
            ? new ChecklistItem(Descriptor.Key, ChecklistItemState.Missed, resolved, null, Invariant($"IRP6001: resolved at {resolved}, before the verification window ended at {earliest}"))
            : new ChecklistItem(Descriptor.Key, ChecklistItemState.Done, resolved, null, frame.Evaluation.Deadlines[Evaluation.Deadline.EarliestResolveAt] is { } window
                ? Invariant($"resolved at {resolved}, at or after earliestResolveAt {window}")
                : Invariant($"resolved at {resolved}, with no verification window"));
    }
}
