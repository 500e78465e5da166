using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Response;

/// <summary>IRP2001: no acknowledgement by the response deadline (the response time of each level, <c>docs/procedure.md</c>).</summary>
[Name("IRP2001 Response time missed")]
[Tag("IRP2001")]
[Priority(RulePriorities.Reaction)]
internal sealed class ResponseMissedRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        TimerElapsed<ResponseTimer> elapsed = null!;

        When()
            .Match(() => elapsed);

        Then()
            .Do(ctx => policy.Report(
                ctx, BuiltInRules.ResponseMissed, elapsed.At, elapsed.At, elapsed.Timer.Level.Level.Name, elapsed.Timer.Level.ResponseTime));
    }
}
