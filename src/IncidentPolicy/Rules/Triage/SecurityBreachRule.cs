using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Triage;

/// <summary>IRP1002: "Any incident involving data breach or security compromise is automatically P0."</summary>
[Name("IRP1002 A security breach is the most severe level")]
[Tag("IRP1002")]
[Priority(RulePriorities.Decision)]
internal sealed class SecurityBreachRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        ImpactAssessed assessed = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => assessed, a => a.Impact.SecurityBreach)
            .Match(() => current, s => s.IsBelow(policy.MostSevere));

        Then()
            .Do(ctx => ctx.Insert(new SeverityChanged(
                current.Level, policy.MostSevere, assessed.At, BuiltInRules.SecurityBreach.Id, "security breach")));
    }
}
