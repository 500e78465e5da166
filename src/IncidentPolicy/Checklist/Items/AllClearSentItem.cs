using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 10, <c>allClearSent</c>: done at the first internal status update at or after resolution; due one update cadence of the level at resolution after it.</summary>
[Name("Checklist: allClearSent")]
[Tag(ChecklistItems.Tag)]
internal sealed class AllClearSentItem : ChecklistItemRule<AllClearSentItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("allClearSent", 10, "All-clear communication sent.");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        if (frame.ResolvedAt is not { } resolved)
        {
            return ChecklistFrame.PendingUntilResolved(Descriptor);
        }

        Instant? sent = ChecklistEvents.InternalUpdates(frame.Events.All).Where(at => at >= resolved).Select(at => (Instant?)at).FirstOrDefault();
        var level = frame.LevelAt(resolved);
        var due = level.UpdateCadence.CadenceAt(resolved - frame.DetectedAt).DueAfter(resolved, frame.Policy.Calendar);
        return frame.Timed(
            Descriptor, sent, Invariant($"statusUpdatePosted at {sent}"), due, "no internal statusUpdatePosted since the resolution", belongsBeforeResolution: false);
    }
}
