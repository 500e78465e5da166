using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 6, <c>timelineRecorded</c>: done once a scribe is assigned; due and applicable as the roles.</summary>
[Name("Checklist: timelineRecorded")]
[Tag(ChecklistItems.Tag)]
internal sealed class TimelineRecordedItem : ChecklistItemRule<TimelineRecordedItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("timelineRecorded", 6, "Timeline being recorded in real time.");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        if (!RolesClock.EverRequired(frame))
        {
            return ChecklistFrame.NotApplicable(Descriptor, "never at a level that requires roles");
        }

        var scribe = frame.Events.BeforeResolution.OfType<RoleAssigned>().FirstOrDefault(r => r.Role == IncidentRole.Scribe);
        return frame.Timed(
            Descriptor, scribe?.At, Invariant($"roleAssigned scribe {scribe?.Person} at {scribe?.At}"), RolesClock.DueBy(frame), "no scribe assigned");
    }
}
