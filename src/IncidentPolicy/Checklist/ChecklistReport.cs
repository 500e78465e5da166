using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace IncidentPolicy.Checklist;

/// <summary>
/// The incident checklist at one instant, computed from the record as an evaluation is: only events at or
/// before <see cref="At"/> count, and the same inputs always give the same report.
/// </summary>
/// <param name="IncidentId">The incident's ID.</param>
/// <param name="At">The instant of the report.</param>
/// <param name="Items">The twelve items, in the checklist's order (<see cref="ChecklistItems.All"/>).</param>
/// <param name="NextChangeAt">The earliest instant after <see cref="At"/> at which an item changes, if the record as it stands says one will; the report is the same at every instant before it.</param>
public sealed record ChecklistReport(string IncidentId, Instant At, ImmutableArray<ChecklistItem> Items, Instant? NextChangeAt)
{
    /// <summary>The item with <paramref name="key"/>.</summary>
    /// <param name="key">An item's key, e.g. <c>rolesAssigned</c>.</param>
    /// <exception cref="KeyNotFoundException">No item has that key.</exception>
    public ChecklistItem this[string key] =>
        Items.FirstOrDefault(i => string.Equals(i.Key, key, System.StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The checklist has no item '{key}'.");

    /// <summary>The overdue items, in the checklist's order: what a status update may list as still to do.</summary>
    public ImmutableArray<ChecklistItem> Overdue => [.. Items.Where(i => i.State == ChecklistItemState.Overdue)];

    /// <summary>Whether <paramref name="other"/> has the same items (ignoring the instants of the reports).</summary>
    /// <param name="other">Another report of the same incident.</param>
    /// <returns><see langword="true"/> when every item is the same.</returns>
    public bool HasSameItems(ChecklistReport other) =>
        other is not null && Items.SequenceEqual(other.Items);
}
