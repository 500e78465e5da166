using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;

namespace IncidentPolicy.Tests.Properties.Generators;

/// <summary>One change to the default policy, with the words that describe it in a counterexample.</summary>
internal sealed record PolicyChange(string Description, Action<ResponsePolicyBuilder> Apply)
{
    public override string ToString() => Description;
}

/// <summary>
/// The default policy with a few valid changes, built through <see cref="ResponsePolicy.CreateBuilder"/>.
/// Its engine is compiled on first use and kept: compiling is the expensive part of an engine.
/// </summary>
internal sealed class GeneratedPolicy
{
    private readonly Lazy<PolicyEngine> _engine;
    private readonly Lazy<PolicyEngine> _readBackEngine;

    public GeneratedPolicy(IEnumerable<PolicyChange> changes)
    {
        Changes = [.. changes];
        var builder = ResponsePolicy.CreateBuilder();
        foreach (var change in Changes)
        {
            change.Apply(builder);
        }

        Policy = Changes.IsEmpty ? ResponsePolicy.Default : builder.Build();
        _engine = new Lazy<PolicyEngine>(() => Changes.IsEmpty ? Engines.Default : new PolicyEngine(Policy));
        _readBackEngine = new Lazy<PolicyEngine>(() => new PolicyEngine(PolicyJson.Read(PolicyJson.Write(Policy))));
    }

    /// <summary>The default policy, unchanged.</summary>
    public static GeneratedPolicy Default { get; } = new([]);

    public ImmutableArray<PolicyChange> Changes { get; }

    public ResponsePolicy Policy { get; }

    public PolicyEngine Engine => _engine.Value;

    /// <summary>Another engine, compiled from the policy written as JSON and read back: the same inputs by another road.</summary>
    public PolicyEngine ReadBackEngine => _readBackEngine.Value;

    public bool IsDefault => Changes.IsEmpty;

    /// <summary>Whether the rule is on (not configured <c>none</c>) in this policy.</summary>
    public bool IsOn(RuleDescriptor rule) => Policy.RuleSeverities.EffectiveSeverity(rule) != RuleSeverity.None;

    /// <summary>Simpler policies: the default, then this one without one of its changes.</summary>
    public IEnumerable<GeneratedPolicy> Shrink()
    {
        if (IsDefault)
        {
            yield break;
        }

        yield return Default;
        if (Changes.Length > 1)
        {
            for (var i = 0; i < Changes.Length; i++)
            {
                yield return new GeneratedPolicy(Changes.RemoveAt(i));
            }
        }
    }

    public override string ToString() => IsDefault ? "default policy" : "default policy with: " + string.Join("; ", Changes);
}
