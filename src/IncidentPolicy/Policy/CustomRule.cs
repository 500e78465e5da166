using System;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Policy;

/// <summary>A rule of your own registered with a policy: its descriptor and its NRules rule class.</summary>
public sealed record CustomRule
{
    private CustomRule(RuleDescriptor descriptor, Type ruleType)
    {
        Descriptor = descriptor;
        RuleType = ruleType;
    }

    /// <summary>The rule's descriptor: its ID (with a prefix of your own), title, category and default severity.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule class, derived from <see cref="CustomPolicyRule"/>.</summary>
    public Type RuleType { get; }

    /// <summary>Registers <typeparamref name="TRule"/>; its descriptor is read from a fresh instance.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <returns>The registration.</returns>
    public static CustomRule Create<TRule>()
        where TRule : CustomPolicyRule, new() => new(new TRule().Descriptor, typeof(TRule));
}
