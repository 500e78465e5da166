namespace IncidentPolicy.Checklist;

/// <summary>The fact a checklist rule leaves: its item's state at the report's instant.</summary>
/// <param name="Order">The item's place in the checklist.</param>
/// <param name="Item">The item.</param>
internal sealed record ItemDecided(int Order, ChecklistItem Item);
