using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Evaluation;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// Runs the policy checks (<see cref="PolicyChecks.All"/>) on a policy. A <see cref="ResponsePolicy"/> is
/// always valid — its constructor refuses a broken one — but a valid policy can still be a questionable
/// one: a level that notifies nobody, a matrix that gives more impact a less severe level. The analyzer
/// reports such settings as diagnostics; it never changes or refuses the policy.
/// </summary>
/// <example>
/// <code>
/// foreach (var d in PolicyAnalyzer.Analyze(policy))
///     logger.LogWarning("{Path}: {Id} {Message}", d.Path, d.Id, d.Message);
/// </code>
/// </example>
public static class PolicyAnalyzer
{
    /// <summary>The checks: every class of this assembly that implements <see cref="IPolicyCheck"/>, by ID.</summary>
    internal static ImmutableArray<IPolicyCheck> Checks { get; } =
    [
        .. typeof(IPolicyCheck).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IPolicyCheck).IsAssignableFrom(t))
            .Select(t => (IPolicyCheck)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Descriptor.Id, StringComparer.Ordinal),
    ];

    /// <summary>
    /// Checks <paramref name="policy"/>. Each diagnostic has its check's severity in force after the
    /// policy's <see cref="ResponsePolicy.RuleSeverities"/>; a check configured <c>none</c> reports nothing.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The diagnostics, ordered by path, then ID, then message (ordinal comparisons); empty for the default policy.</returns>
    public static ImmutableArray<PolicyCheckDiagnostic> Analyze(ResponsePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var diagnostics = new List<PolicyCheckDiagnostic>();
        foreach (var check in Checks)
        {
            if (ToDiagnosticSeverity(policy.RuleSeverities.EffectiveSeverity(check.Descriptor)) is { } severity)
            {
                diagnostics.AddRange(check.Find(policy).Select(f => new PolicyCheckDiagnostic(check.Descriptor, severity, f.Path, f.Message)));
            }
        }

        return
        [
            .. diagnostics
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal),
        ];
    }

    private static DiagnosticSeverity? ToDiagnosticSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        _ => null,
    };
}
