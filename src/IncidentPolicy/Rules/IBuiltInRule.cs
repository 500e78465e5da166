namespace IncidentPolicy.Rules;

/// <summary>
/// The rule class that owns a built-in rule's descriptor. <see cref="BuiltInRules.All"/> finds every
/// implementation, so a new rule is registered by its own file; the other classes of the same rule (clocks,
/// timers) name it through the owner's <c>Id</c> constant in their <c>[Tag]</c> and <c>[Name]</c>.
/// </summary>
internal interface IBuiltInRule
{
    /// <summary>The rule's descriptor; its ID is within its category's range (Rules/RuleCategoryAndIdRanges.txt).</summary>
    static abstract RuleDescriptor Descriptor { get; }
}
