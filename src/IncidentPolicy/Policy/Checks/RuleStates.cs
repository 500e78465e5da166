using IncidentPolicy.Rules;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// Whether a built-in rule runs under a policy's configured severities. A check about the settings of a
/// rule that is configured <c>none</c> is moot: those settings then change no output.
/// </summary>
internal static class RuleStates
{
    public static bool IsOn(ResponsePolicy policy, RuleDescriptor rule) =>
        policy.RuleSeverities.EffectiveSeverity(rule) != RuleSeverity.None;
}
