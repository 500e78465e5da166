using NRules.Fluent.Dsl;

namespace IncidentPolicy.Checklist;

/// <summary>
/// The shape every checklist item's rule shares: it matches the checklist's frame (the record's events up to
/// the instant and the evaluation there) and inserts the item as <see cref="Decide"/> finds it. A rule class
/// only says how its item is decided, and owns its descriptor.
/// </summary>
/// <typeparam name="TSelf">The item's rule class, which owns the descriptor.</typeparam>
internal abstract class ChecklistItemRule<TSelf> : Rule
    where TSelf : IChecklistItemRule
{
    private readonly int _order = TSelf.Descriptor.Order;

    /// <inheritdoc />
    public sealed override void Define()
    {
        ChecklistFrame frame = null!;

        When()
            .Match(() => frame);

        Then()
            .Do(ctx => ctx.Insert(new ItemDecided(_order, Decide(frame))));
    }

    /// <summary>The item's state in <paramref name="frame"/>.</summary>
    /// <param name="frame">The events and the evaluation at the checklist's instant.</param>
    /// <returns>The item.</returns>
    protected abstract ChecklistItem Decide(ChecklistFrame frame);
}
