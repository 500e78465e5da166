using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Rules;
using IncidentPolicy.Validation;
using NodaTime;
using NRules;
using NRules.Fluent;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// Evaluates incident records against one policy. Build it once per policy (the rule set is compiled
/// in the constructor, which is the expensive part) and share it: <see cref="Evaluate"/> is thread-safe
/// and evaluations may run in parallel.
/// </summary>
/// <example>
/// <code>
/// var engine = new PolicyEngine(ResponsePolicy.Default);
/// var result = engine.Evaluate(incident, clock.GetCurrentInstant());
/// foreach (var n in result.Notifications) notifier.Send(n.Key, n.Recipient);
/// </code>
/// </example>
public sealed class PolicyEngine
{
    private static readonly Lazy<PolicyEngine> DefaultEngine = new(() => new PolicyEngine(ResponsePolicy.Default));

    private readonly ISessionFactory _sessions;

    /// <summary>Compiles the rules for <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="InvalidPolicyException">
    /// The policy configures a rule ID or category that does not exist, or a rule that is not configurable.
    /// The known IDs and categories are those of the built-in rules and of the policy checks
    /// (<see cref="PolicyChecks.All"/>), which one policy document configures side by side.
    /// </exception>
    public PolicyEngine(ResponsePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = RuleOverrideCheck.Check(policy.RuleSeverities, [.. BuiltInRules.All, .. PolicyChecks.All]).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidPolicyException(problems);
        }

        Policy = policy;
        Rules = BuiltInRules.All;
        var context = new RuleContext(policy, Rules);
        var repository = new RuleRepository(new PolicyRuleActivator(context));
        repository.Load(spec => spec
            .From(typeof(PolicyEngine).Assembly)
            .PrivateTypes(true)
            .Where(rule => rule.Tags.All(context.IsEnabled)));
        _sessions = repository.Compile();
    }

    /// <summary>An engine for <see cref="ResponsePolicy.Default"/>, compiled on first use.</summary>
    public static PolicyEngine Default => DefaultEngine.Value;

    /// <summary>The policy this engine evaluates.</summary>
    public ResponsePolicy Policy { get; }

    /// <summary>
    /// The descriptors of the rules this engine evaluates: the built-in rules. The policy checks are not
    /// among them; <see cref="PolicyAnalyzer.Analyze"/> runs those on the policy itself.
    /// </summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>The severity in force for each of <see cref="Rules"/>, after the policy's overrides.</summary>
    public IEnumerable<KeyValuePair<RuleDescriptor, RuleSeverity>> EffectiveSeverities =>
        Rules.Select(r => KeyValuePair.Create(r, Policy.RuleSeverities.EffectiveSeverity(r)));

    /// <summary>What the policy says about <paramref name="incident"/> at <paramref name="at"/>.</summary>
    /// <param name="incident">The record; it is checked whole, also its events after <paramref name="at"/>.</param>
    /// <param name="at">The evaluation instant; only events at or before it are considered.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="InvalidIncidentException">The record breaks the rules of the format; nothing was evaluated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the incident's detection.</exception>
    public PolicyEvaluation Evaluate(IncidentRecord incident, Instant at)
    {
        ArgumentNullException.ThrowIfNull(incident);
        IncidentValidator.ThrowIfInvalid(incident, Policy);
        if (at < incident.DetectedAt)
        {
            throw new ArgumentOutOfRangeException(
                nameof(at), at, $"The evaluation instant {at} is before incident '{incident.Id}' was detected ({incident.DetectedAt}).");
        }

        return new IncidentTimeline(_sessions.CreateSession(), incident, at).Evaluate();
    }
}
