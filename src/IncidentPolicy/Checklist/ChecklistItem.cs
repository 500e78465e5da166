using NodaTime;

namespace IncidentPolicy.Checklist;

/// <summary>One item of a <see cref="ChecklistReport"/>.</summary>
/// <param name="Key">The item's key, e.g. <c>channelOpened</c> (<see cref="ChecklistItemDescriptor.Key"/>).</param>
/// <param name="State">Where the item stands.</param>
/// <param name="At">When it became <see cref="ChecklistItemState.Done"/> or <see cref="ChecklistItemState.Missed"/>; <see langword="null"/> otherwise.</param>
/// <param name="DueBy">When it is due, where it has a due instant.</param>
/// <param name="Evidence">What decided the state: the event or rule, or what is still missing.</param>
public sealed record ChecklistItem(string Key, ChecklistItemState State, Instant? At, Instant? DueBy, string Evidence)
{
    /// <summary>Whether the item is done.</summary>
    public bool IsDone => State == ChecklistItemState.Done;
}
