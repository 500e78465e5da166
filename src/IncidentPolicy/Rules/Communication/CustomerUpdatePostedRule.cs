using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>A posted customer update makes the next one due one customer cadence (of the level then, as in force at the update) later; an internal update does not count here.</summary>
[Name("Communication: a customer update restarts the customer cadence")]
[Priority(RulePriorities.Reaction)]
internal sealed class CustomerUpdatePostedRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        EventOccurred posted = null!;
        RuleTimer timer = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => posted, p => p.Event is StatusUpdatePosted, p => ((StatusUpdatePosted)p.Event).Audience == UpdateAudience.Customer)
            .Match(() => timer, t => t is CustomerUpdateTimer, t => ((CustomerUpdateTimer)t).Source != posted)
            .Match(() => current, c => c.Level != null && c.Level.CustomerUpdateCadence != null);

        Then()
            .Do(ctx => ctx.Replace(timer, CustomerCadenceClock.Next(current.Level!, ((CustomerUpdateTimer)timer).DetectedAt, posted.At, policy.Calendar, posted)));
    }
}
