using IncidentPolicy.Model;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Record;

/// <summary>The first mitigation turns an open incident into a mitigated one.</summary>
[Name("Record: status mitigated")]
[Priority(RulePriorities.Record)]
internal sealed class StatusMitigatedRule : Rule
{
    public override void Define()
    {
        LastMitigation mitigation = null!;
        StatusState status = null!;

        When()
            .Match(() => mitigation, m => m.At != null)
            .Match(() => status, s => s.Status == IncidentStatus.Open);

        Then()
            .Do(ctx => ctx.Replace(status, new StatusState(IncidentStatus.Mitigated, mitigation.At!.Value)));
    }
}

/// <summary>Resolution makes the status resolved.</summary>
[Name("Record: status resolved")]
[Priority(RulePriorities.Record)]
internal sealed class StatusResolvedRule : Rule
{
    public override void Define()
    {
        IncidentResolved resolution = null!;
        StatusState status = null!;

        When()
            .Match(() => resolution)
            .Match(() => status, s => s.Status != IncidentStatus.Resolved);

        Then()
            .Do(ctx => ctx.Replace(status, new StatusState(IncidentStatus.Resolved, resolution.At)));
    }
}
