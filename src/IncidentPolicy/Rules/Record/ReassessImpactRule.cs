using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Record;

/// <summary>An <c>impactReassessed</c> event updates the impact; fields it leaves out keep their values.</summary>
[Name("Record: reassess impact")]
[Priority(RulePriorities.Record)]
internal sealed class ReassessImpactRule : Rule
{
    public override void Define()
    {
        EventOccurred<ImpactReassessed> reassessed = null!;
        CurrentImpact impact = null!;

        When()
            .Match(() => reassessed)
            .Match(() => impact, i => i.Source != reassessed);

        Then()
            .Do(ctx => Reassess(ctx, reassessed, impact));
    }

    private static void Reassess(IContext context, EventOccurred<ImpactReassessed> reassessed, CurrentImpact impact)
    {
        var merged = impact.Impact.With(reassessed.Event.Impact);
        context.Replace(impact, new CurrentImpact(merged, reassessed));
        context.Insert(new ImpactAssessed(merged, reassessed.At));
    }
}
