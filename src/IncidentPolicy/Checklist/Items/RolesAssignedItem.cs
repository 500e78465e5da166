using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 4, <c>rolesAssigned</c>: done once every role the level requires is assigned; due as IRP4002; not applicable if no level the incident was at requires roles.</summary>
[Name("Checklist: rolesAssigned")]
[Tag(ChecklistItems.Tag)]
internal sealed class RolesAssignedItem : ChecklistItemRule<RolesAssignedItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("rolesAssigned", 4, "Roles assigned (IC, Technical Lead, Comms, Scribe).");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        if (!RolesClock.EverRequired(frame))
        {
            return ChecklistFrame.NotApplicable(Descriptor, "never at a level that requires roles");
        }

        var (doneAt, missing) = RolesClock.Assigned(frame);
        return frame.Timed(
            Descriptor,
            doneAt,
            Invariant($"every required role assigned at {doneAt}"),
            RolesClock.DueBy(frame),
            "IRP4002: not assigned: " + ChecklistFrame.List(missing.Select(WireNames.Role.Name)));
    }
}
