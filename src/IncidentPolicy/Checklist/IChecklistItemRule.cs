namespace IncidentPolicy.Checklist;

/// <summary>
/// The NRules rule class that decides one item of the checklist and owns its descriptor, as
/// <c>IBuiltInRule</c> does for the policy's rules. <see cref="ChecklistItems.All"/> finds every
/// implementation, so an item is registered by its own file. Items are keyed, not numbered: they report
/// no diagnostic and have no severity to configure.
/// </summary>
internal interface IChecklistItemRule
{
    /// <summary>The item's descriptor.</summary>
    static abstract ChecklistItemDescriptor Descriptor { get; }
}
