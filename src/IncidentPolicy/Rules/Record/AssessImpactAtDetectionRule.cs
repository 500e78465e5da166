using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Record;

/// <summary>At detection the record's impact assessment is the first to classify.</summary>
[Name("Record: assess impact at detection")]
[Priority(RulePriorities.Record)]
internal sealed class AssessImpactAtDetectionRule : Rule
{
    public override void Define()
    {
        IncidentDetected detected = null!;
        CurrentImpact impact = null!;

        When()
            .Match(() => detected)
            .Match(() => impact);

        Then()
            .Do(ctx => ctx.Insert(new ImpactAssessed(impact.Impact, detected.At)));
    }
}
