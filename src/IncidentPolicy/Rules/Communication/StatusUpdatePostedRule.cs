using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>A posted internal status update makes the next one due one cadence (of the level then, as in force at the update) later; a customer update does not count here.</summary>
[Name("Communication: a status update restarts the cadence")]
[Priority(RulePriorities.Reaction)]
internal sealed class StatusUpdatePostedRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        EventOccurred posted = null!;
        RuleTimer timer = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => posted, p => p.Event is StatusUpdatePosted, p => ((StatusUpdatePosted)p.Event).Audience == UpdateAudience.Internal)
            .Match(() => timer, t => t is UpdateTimer, t => ((UpdateTimer)t).Source != posted)
            .Match(() => current);

        Then()
            .Do(ctx => ctx.Replace(timer, UpdateCadenceClock.Next(current.Level!, ((UpdateTimer)timer).DetectedAt, posted.At, policy.Calendar, posted)));
    }
}
