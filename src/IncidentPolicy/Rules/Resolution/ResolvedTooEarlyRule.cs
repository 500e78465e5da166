using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Text;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Resolution;

/// <summary>IRP6001: resolved before the verification window after the last mitigation ended.</summary>
[Name("IRP6001 Resolved before the verification window ended")]
[Tag("IRP6001")]
[Priority(RulePriorities.Reaction)]
internal sealed class ResolvedTooEarlyRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        EventOccurred<Resolved> resolved = null!;
        EarliestResolve earliest = null!;
        LastMitigation mitigation = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => resolved)
            .Match(() => earliest, e => e.Value > resolved.At)
            .Match(() => mitigation)
            .Match(() => current);

        Then()
            .Do(ctx => policy.Report(
                ctx,
                BuiltInRules.ResolvedTooEarly,
                resolved.At,
                resolved.At,
                DurationText.Format(resolved.At - mitigation.At!.Value),
                mitigation.At,
                current.Level!.Level.Name,
                DurationText.Format(current.Level.VerificationWindow!.Value),
                earliest.Value));
    }
}
