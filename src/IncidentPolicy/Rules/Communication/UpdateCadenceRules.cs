using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using NodaTime;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Communication;

/// <summary>The first status update is due one cadence of the classified level after detection.</summary>
[Name("Communication: start the update cadence")]
[Priority(RulePriorities.Reaction)]
internal sealed class StartUpdateCadenceRule : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;

        When()
            .Match(() => change, c => c.From == null);

        Then()
            .Do(ctx => ctx.Insert(new UpdateTimer(change.At + change.To.UpdateCadence, change.To, change.At, null)));
    }
}

/// <summary>A posted status update makes the next one due one cadence (of the level then) later.</summary>
[Name("Communication: a status update restarts the cadence")]
[Priority(RulePriorities.Reaction)]
internal sealed class StatusUpdatePostedRule : Rule
{
    public override void Define()
    {
        EventOccurred<StatusUpdatePosted> posted = null!;
        UpdateTimer timer = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => posted)
            .Match(() => timer, t => t.Source != posted)
            .Match(() => current);

        Then()
            .Do(ctx => ctx.Replace(timer, new UpdateTimer(posted.At + current.Level!.UpdateCadence, current.Level, posted.At, posted)));
    }
}

/// <summary>A rise makes the next update due at the earlier of the current due instant and the rise plus the new cadence.</summary>
[Name("Communication: a rise moves the next update earlier")]
[Priority(RulePriorities.Reaction)]
internal sealed class TightenUpdateCadenceRule : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        UpdateTimer timer = null!;
        Instant candidate = default;

        When()
            .Match(() => change, c => c.IsRise)
            .Match(() => timer)
            .Let(() => candidate, () => change.At + change.To.UpdateCadence)
            .Having(() => candidate < timer.DueAt);

        Then()
            .Do(ctx => ctx.Replace(timer, new UpdateTimer(candidate, change.To, change.At, timer.Source)));
    }
}

/// <summary>After a missed update, the next is due one cadence (of the level then) after the missed instant, like a reminder.</summary>
[Name("Communication: remind after a missed update")]
[Priority(RulePriorities.Reaction)]
internal sealed class RescheduleMissedUpdateRule : Rule
{
    public override void Define()
    {
        TimerElapsed<UpdateTimer> elapsed = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => elapsed)
            .Match(() => current);

        Then()
            .Do(ctx => ctx.Insert(new UpdateTimer(elapsed.At + current.Level!.UpdateCadence, current.Level, elapsed.At, null)));
    }
}
