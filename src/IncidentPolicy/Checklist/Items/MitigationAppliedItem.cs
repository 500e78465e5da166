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
internal sealed class MitigationAppliedItem : Rule, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("mitigationApplied", 8, "Mitigation applied and impact reducing.");

    public override void Define()
    {
        ChecklistFrame frame = null!;

        When()
            .Match(() => frame);

        Then()
            .Do(ctx => ctx.Insert(new ItemDecided(Descriptor.Order, Decide(frame))));
    }

    /// <summary>The item's state in <paramref name="frame"/>.</summary>
    internal static ChecklistItem Decide(ChecklistFrame frame)
    {
        var first = frame.Events.BeforeResolution.OfType<MitigationApplied>().FirstOrDefault();
        var action = first?.Action is { } a ? $" ({a})" : string.Empty;
        return frame.Timed(Descriptor, first?.At, Invariant($"mitigationApplied at {first?.At}{action}"), null, "no mitigationApplied");
    }
}
