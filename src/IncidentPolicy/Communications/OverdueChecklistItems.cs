using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Checklist;

namespace IncidentPolicy.Communications;

/// <summary>The checklist's overdue items as the message field <see cref="MessageFields.OverdueItems"/>: each with its key, its text and its due instant.</summary>
internal static class OverdueChecklistItems
{
    public const string Key = "key";

    public const string Title = "title";

    public const string DueBy = "dueBy";

    public static FieldValue Of(ImmutableArray<ChecklistItem> overdue) =>
        FieldValue.List([.. overdue.Select(Item)]);

    private static FieldValue Item(ChecklistItem item)
    {
        var members = ImmutableDictionary.CreateBuilder<string, FieldValue>(System.StringComparer.Ordinal);
        members[Key] = FieldValue.Generated(item.Key);
        members[Title] = FieldValue.Of(ChecklistItems.All.First(d => d.Key == item.Key).Text);
        members[DueBy] = item.DueBy is { } due ? FieldValue.Generated(InstantWords.Utc(due)) : FieldValue.None;
        return FieldValue.Entry(members.ToImmutable());
    }
}
