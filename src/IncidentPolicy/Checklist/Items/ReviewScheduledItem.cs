using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 11, <c>reviewScheduled</c>: after resolution at a level with a review: done at the first booking for reviewBy or earlier; missed while the latest booking is later; due reviewBy.</summary>
[Name("Checklist: reviewScheduled")]
[Tag(ChecklistItems.Tag)]
internal sealed class ReviewScheduledItem : ChecklistItemRule<ReviewScheduledItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("reviewScheduled", 11, "Post-incident review scheduled (within 48 hours for P0/P1).");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        if (frame.ResolvedAt is null)
        {
            return ChecklistFrame.PendingUntilResolved(Descriptor);
        }

        if (frame.ReviewBy is not { } reviewBy)
        {
            return ChecklistFrame.NotApplicable(Descriptor, Invariant($"no review at {frame.Evaluation.PeakSeverity.Name}"));
        }

        var bookings = frame.Events.ReviewBookings.ToList();
        var inTime = bookings.FirstOrDefault(b => b.For <= reviewBy);
        if (bookings.Exists(b => b.For <= reviewBy))
        {
            return new ChecklistItem(Descriptor.Key, ChecklistItemState.Done, inTime.At, reviewBy, Invariant($"reviewScheduled at {inTime.At} for {inTime.For}"));
        }

        if (bookings.Count > 0)
        {
            var latest = bookings[^1];
            return new ChecklistItem(
                Descriptor.Key, ChecklistItemState.Missed, latest.At, reviewBy, Invariant($"reviewScheduled at {latest.At} for {latest.For}, after reviewBy"));
        }

        return frame.Timed(Descriptor, null, string.Empty, reviewBy, "no reviewScheduled", belongsBeforeResolution: false);
    }
}
