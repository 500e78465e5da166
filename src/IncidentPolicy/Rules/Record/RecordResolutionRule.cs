using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Record;

/// <summary>A <c>resolved</c> event resolves the incident: clocks stop, the review clock starts.</summary>
[Name("Record: resolve")]
[Priority(RulePriorities.Record)]
internal sealed class RecordResolutionRule : Rule
{
    public override void Define()
    {
        EventOccurred<Resolved> resolved = null!;

        When()
            .Match(() => resolved)
            .Not<IncidentResolved>();

        Then()
            .Do(ctx => ctx.Insert(new IncidentResolved(resolved.At, resolved.RecordIndex)));
    }
}
