using System;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules;

/// <summary>
/// The base of your own rules: an NRules rule with a <see cref="RuleDescriptor"/>, evaluated beside the
/// built-in rules and configured the same way (a severity of <see cref="RuleSeverity.None"/> leaves it out).
/// Match the moment facts of <see cref="Facts"/> (<see cref="IncidentDetected"/>,
/// <see cref="EventOccurred{TEvent}"/>, <see cref="SeverityChanged"/>) and call <see cref="Report"/>.
/// Register it with <see cref="ResponsePolicyBuilder.AddRule{TRule}"/>.
/// </summary>
/// <example>
/// <code>
/// public sealed class TitleRequiredRule() : CustomPolicyRule(TitleRequired)
/// {
///     private static readonly RuleDescriptor TitleRequired = new("ACME1001", "Incidents have a title",
///         "Incident {0} has no title: the channel name says nothing", "Triage", RuleSeverity.Warning, "https://wiki/ACME1001");
///
///     public override void Define()
///     {
///         IncidentDetected detected = null!;
///         When().Match(() => detected, d => d.Incident.Title.Length == 0);
///         Then().Do(ctx => Report(ctx, detected.At, detected.Incident.Id));
///     }
/// }
/// </code>
/// </example>
public abstract class CustomPolicyRule : Rule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="descriptor">Its descriptor.</param>
    protected CustomPolicyRule(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        Descriptor = descriptor;
    }

    /// <summary>The rule's descriptor.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Set by the engine when it compiles the rule.</summary>
    internal RuleContext? Context { get; set; }

    /// <summary>Reports a diagnostic of this rule at <paramref name="at"/>, with its configured severity.</summary>
    /// <param name="context">The NRules action context.</param>
    /// <param name="at">When it became true.</param>
    /// <param name="arguments">The values for the descriptor's message format.</param>
    /// <exception cref="InvalidOperationException">The rule is used outside a <see cref="PolicyEngine"/>.</exception>
    protected void Report(IContext context, Instant at, params object?[] arguments) =>
        (Context ?? throw new InvalidOperationException($"{GetType().Name} reports only when compiled by a {nameof(PolicyEngine)}."))
            .Report(context, Descriptor, at, arguments);
}
