using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Text;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>IRP5001: a status update due while unresolved was not posted (the update cadence of each level, <c>docs/procedure.md</c>).</summary>
[Name("IRP5001 Status update missed")]
[Tag("IRP5001")]
[Priority(RulePriorities.Reaction)]
internal sealed class UpdateMissedRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        TimerElapsed<UpdateTimer> elapsed = null!;

        When()
            .Match(() => elapsed);

        Then()
            .Do(ctx => policy.Report(
                ctx, BuiltInRules.UpdateMissed, elapsed.At, elapsed.At, elapsed.Timer.Level.Level.Name, DurationText.Format(elapsed.Timer.Level.UpdateCadence)));
    }
}
