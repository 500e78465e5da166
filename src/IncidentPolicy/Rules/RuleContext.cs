using System.Collections.Generic;
using System.Collections.Immutable;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.RuleModel;

namespace IncidentPolicy.Rules;

/// <summary>
/// What the rules of one compiled engine know of their policy: its levels and calendar, and each rule's
/// configured severity. Rules capture it when the engine is built, so the evaluation instant is the only
/// per-evaluation input besides the record.
/// </summary>
internal sealed class RuleContext
{
    private readonly ImmutableDictionary<string, RuleSeverity> _severities;

    public RuleContext(ResponsePolicy policy, IEnumerable<RuleDescriptor> descriptors)
    {
        Policy = policy;
        var severities = ImmutableDictionary.CreateBuilder<string, RuleSeverity>();
        foreach (var descriptor in descriptors)
        {
            severities[descriptor.Id] = policy.RuleSeverities.EffectiveSeverity(descriptor);
        }

        _severities = severities.ToImmutable();
        Classifier = new Triage.ImpactClassifier(policy, IsEnabled(Triage.SecurityBreachRule.Id));
    }

    public ResponsePolicy Policy { get; }

    public BusinessCalendar Calendar => Policy.Calendar;

    public Triage.ImpactClassifier Classifier { get; }

    public bool IsEnabled(string ruleId) => _severities.TryGetValue(ruleId, out var severity) && severity != RuleSeverity.None;

    public RuleSeverity SeverityOf(string ruleId) => _severities.TryGetValue(ruleId, out var severity) ? severity : RuleSeverity.None;

    public SeverityLevelPolicy Level(string name) => Policy[name];

    /// <summary>Reports a diagnostic of <paramref name="descriptor"/> at <paramref name="at"/>, unless the rule is off.</summary>
    public void Report(IContext context, RuleDescriptor descriptor, Instant at, params object?[] arguments)
    {
        var severity = SeverityOf(descriptor.Id) switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            RuleSeverity.Info => DiagnosticSeverity.Info,
            _ => (DiagnosticSeverity?)null,
        };
        if (severity is { } reported)
        {
            context.Insert(new DiagnosticReported(new PolicyDiagnostic(descriptor, reported, at, descriptor.FormatMessage(arguments))));
        }
    }
}
