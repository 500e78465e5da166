using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 8, <c>mitigationApplied</c>: done at the first mitigationApplied; no due instant; missed at resolution otherwise.</summary>
[Name("Checklist: mitigationApplied")]
[Tag(ChecklistItems.Tag)]
internal sealed class MitigationAppliedItem : ChecklistItemRule<MitigationAppliedItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("mitigationApplied", 8, "Mitigation applied and impact reducing.");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        var first = frame.Events.BeforeResolution.OfType<MitigationApplied>().FirstOrDefault();
        var action = first?.Action is { } a ? $" ({a})" : string.Empty;
        return frame.Timed(Descriptor, first?.At, Invariant($"mitigationApplied at {first?.At}{action}"), null, "no mitigationApplied");
    }
}
