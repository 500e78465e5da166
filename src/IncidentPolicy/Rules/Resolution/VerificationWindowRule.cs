using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Resolution;

/// <summary>
/// <c>earliestResolveAt</c> is the last mitigation plus the current level's verification window ("monitor for
/// at least 15 minutes (P0/P1) or 30 minutes (P2) before declaring resolved"); frozen at resolution,
/// because neither the mitigation nor the level changes after resolution.
/// </summary>
[Name("Resolution: earliest resolve instant")]
[Priority(RulePriorities.Reaction)]
internal sealed class VerificationWindowRule : Rule
{
    public override void Define()
    {
        LastMitigation mitigation = null!;
        CurrentSeverity current = null!;
        EarliestResolve earliest = null!;
        Instant? value = null;

        When()
            .Match(() => mitigation, m => m.At != null)
            .Match(() => current, s => s.Level != null)
            .Match(() => earliest)
            .Let(() => value, () => mitigation.At + current.Level!.VerificationWindow)
            .Having(() => value != earliest.Value);

        Then()
            .Do(ctx => ctx.Replace(earliest, new EarliestResolve(value, Instant.Max(mitigation.At!.Value, current.Since))));
    }
}
