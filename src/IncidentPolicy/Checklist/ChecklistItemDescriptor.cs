namespace IncidentPolicy.Checklist;

/// <summary>What an item of the incident checklist is: its stable key, its place in the list and its text.</summary>
/// <param name="Key">The stable key, used in JSON (<c>impactAssessed</c>).</param>
/// <param name="Order">The item's place in the checklist, from 1.</param>
/// <param name="Text">The item as the checklist says it (<c>Incident channel or bridge opened.</c>).</param>
public sealed record ChecklistItemDescriptor(string Key, int Order, string Text);
