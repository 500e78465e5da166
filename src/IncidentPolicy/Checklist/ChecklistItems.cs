using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;

namespace IncidentPolicy.Checklist;

/// <summary>The items of the incident checklist, in their order.</summary>
public static class ChecklistItems
{
    /// <summary>The tag of every checklist rule: the policy engine loads only rules whose tags are configured rule IDs, so it never loads these.</summary>
    internal const string Tag = "checklist";

    /// <summary>Every item's descriptor, in the checklist's order.</summary>
    public static ImmutableArray<ChecklistItemDescriptor> All { get; } = Find();

    /// <summary>The rule classes of the items, in the checklist's order.</summary>
    internal static ImmutableArray<Type> RuleTypes { get; } = [.. Owners().Select(o => o.Type)];

    private static ImmutableArray<ChecklistItemDescriptor> Find() => [.. Owners().Select(o => o.Descriptor)];

    private static (Type Type, ChecklistItemDescriptor Descriptor)[] Owners() =>
        [.. typeof(ChecklistItems).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IChecklistItemRule).IsAssignableFrom(t))
            .Select(t => (t, (ChecklistItemDescriptor)t.GetProperty(nameof(IChecklistItemRule.Descriptor), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!))
            .OrderBy(o => o.Item2.Order)];
}
