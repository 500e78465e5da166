using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 5, <c>stakeholdersNotified</c>: done at the first internal status update; due at the first nextUpdateBy.</summary>
[Name("Checklist: stakeholdersNotified")]
[Tag(ChecklistItems.Tag)]
internal sealed class StakeholdersNotifiedItem : ChecklistItemRule<StakeholdersNotifiedItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("stakeholdersNotified", 5, "Initial stakeholder notification sent.");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        Instant? first = ChecklistEvents.InternalUpdates(frame.Events.BeforeResolution).Select(at => (Instant?)at).FirstOrDefault();
        return frame.Timed(Descriptor, first, Invariant($"statusUpdatePosted at {first}"), frame.FirstUpdateDue, "no internal statusUpdatePosted");
    }
}
