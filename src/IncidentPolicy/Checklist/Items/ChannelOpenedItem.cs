using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 3, <c>channelOpened</c>: done at the first channelOpened; due one response time after entering a level that needs a channel (the earliest such instant).</summary>
[Name("Checklist: channelOpened")]
[Tag(ChecklistItems.Tag)]
internal sealed class ChannelOpenedItem : ChecklistItemRule<ChannelOpenedItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("channelOpened", 3, "Incident channel or bridge opened.");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        var entered = frame.Levels.FirstOrDefault(l => frame.Settings.ChannelRequiredAt(l.Level.Name));
        if (entered.Level is null)
        {
            return ChecklistFrame.NotApplicable(Descriptor, "never at a level that needs a channel");
        }

        // Each entry into such a level gives a due instant; a rise to a more urgent level brings it forward.
        var due = frame.Levels.Where(l => frame.Settings.ChannelRequiredAt(l.Level.Name))
            .Min(l => l.Level.ResponseTime.DueAfter(l.Since, frame.Policy.Calendar));
        Instant? opened = frame.Events.ChannelOpenings.Select(at => (Instant?)at).FirstOrDefault();
        return frame.Timed(
            Descriptor, opened, Invariant($"channelOpened at {opened}"), due, Invariant($"no channelOpened; {entered.Level.Name} needs a channel since {entered.Since}"));
    }
}
