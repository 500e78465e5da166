using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Record;

/// <summary>A <c>mitigationApplied</c> event becomes the last mitigation: the verification window restarts from it.</summary>
[Name("Record: apply a mitigation")]
[Priority(RulePriorities.Record)]
internal sealed class RecordMitigationRule : Rule
{
    public override void Define()
    {
        EventOccurred<MitigationApplied> mitigated = null!;
        LastMitigation last = null!;

        When()
            .Match(() => mitigated)
            .Match(() => last, m => m.Source != mitigated);

        Then()
            .Do(ctx => ctx.Replace(last, new LastMitigation(mitigated.At, mitigated)));
    }
}
