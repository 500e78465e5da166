using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Properties.Generators;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Properties.Observations;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Property 9, deadlines (IRP2001, IRP5001): "Response Time" and "Update Cadence" of the severity table.
/// A due instant can only move earlier on a rise; "next business day" is the end of working hours of the
/// next business day of the calendar; nothing is due before the incident was detected.
/// </summary>
public sealed class DeadlineProperties
{
    [Invariant]
    public Property A_rise_never_makes_the_response_or_update_deadline_later() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var history = s.Evaluate(s.LaterAt).SeverityHistory;
        var policy = s.Policy.Policy;
        var rises = Enumerable.Range(1, System.Math.Max(0, history.Length - 1))
            .Where(i => history[i].Severity.IsMoreSevereThan(history[i - 1].Severity))
            .Take(3)
            .ToList();
        foreach (var i in rises)
        {
            var risenAt = history[i].Since;
            var level = policy[history[i].Severity.Name];
            var after = s.Evaluate(risenAt).Deadlines;
            // Just before the rise; a rise at detection has no "before", only the bound of its own level.
            var before = risenAt > s.Incident.DetectedAt ? s.Evaluate(risenAt - Tick).Deadlines : null;
            var events = EffectiveEvents(s.Incident, risenAt);

            Assert.True(before is null || after.ResponseBy <= before.ResponseBy, $"rise to {level.Level} at {risenAt} moved responseBy from {before?.ResponseBy} to {after.ResponseBy}");
            if (!events.Any(e => e is Acknowledged or Resolved) && (before is null || before.ResponseBy > risenAt))
            {
                var due = level.ResponseTime.DueAfter(risenAt, policy.Calendar);
                Assert.True(after.ResponseBy <= due, $"rise to {level.Level} at {risenAt}: responseBy {after.ResponseBy}, later than {due}");
            }

            if (!events.Any(e => e is Resolved || (e is StatusUpdatePosted { Audience: UpdateAudience.Internal } && e.At == risenAt)) && (before is null || before.NextUpdateBy > risenAt))
            {
                var due = level.UpdateCadence.CadenceAt(risenAt - s.Incident.DetectedAt).DueAfter(risenAt, policy.Calendar);
                Assert.True(before is null || after.NextUpdateBy <= before.NextUpdateBy, $"rise to {level.Level} at {risenAt} moved nextUpdateBy from {before?.NextUpdateBy} to {after.NextUpdateBy}");
                Assert.True(after.NextUpdateBy <= due, $"rise to {level.Level} at {risenAt}: nextUpdateBy {after.NextUpdateBy}, later than {due}");
            }
        }

        return Prop.ToProperty(true).Classify(rises.Count > 0, "rose");
    });

    [Invariant]
    public Property The_response_deadline_never_moves_later_as_time_passes() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var then = s.Evaluate(s.At).Deadlines.ResponseBy;
        var later = s.Evaluate(s.LaterAt).Deadlines.ResponseBy;

        Assert.NotNull(then);
        Assert.True(later <= then, $"responseBy {then} at {s.At}, {later} at {s.LaterAt}");
    });

    [Invariant]
    public Property A_next_business_day_deadline_is_the_end_of_working_hours_of_the_next_business_day() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        // The deadline set by the classification alone: no event (a rise at detection would move it).
        var result = s.Evaluate(s.Incident with { Events = [] }, s.Incident.DetectedAt);
        var calendar = s.Policy.Policy.Calendar;
        if (!s.Policy.Policy[result.Severity.Name].ResponseTime.IsNextBusinessDay)
        {
            return Prop.ToProperty(true).Classify(true, "not next business day");
        }

        var due = result.Deadlines.ResponseBy!.Value.InZone(calendar.TimeZone);
        var detected = s.Incident.DetectedAt.InZone(calendar.TimeZone).Date;
        Assert.True(calendar.IsBusinessDay(due.Date), $"{due} is not a business day");
        Assert.True(due.Date > detected, $"{due} is not after the day of detection {detected}");
        for (var day = detected.PlusDays(1); day < due.Date; day = day.PlusDays(1))
        {
            Assert.False(calendar.IsBusinessDay(day), $"{day} is a business day before {due}");
        }

        var end = due.Date + calendar.WorkingHoursEnd;
        if (calendar.TimeZone.MapLocal(end).Count > 0)
        {
            // The end of working hours on that day; the earlier one when the clock reads it twice.
            Assert.Equal(calendar.TimeZone.MapLocal(end).First().ToInstant(), due.ToInstant());
        }
        else
        {
            // A DST gap skips the end of working hours: it moves forward by the gap.
            Assert.True(due.LocalDateTime > end && due.LocalDateTime <= end.PlusHours(1), $"{due}: the end of working hours {end} was skipped by a DST change");
        }

        return Prop.ToProperty(true)
            .Classify(true, "next business day")
            .Classify(calendar.TimeZone.Id != "UTC", "calendar not in UTC")
            .Classify(!calendar.Holidays.IsEmpty, "with holidays");
    });

    [Invariant]
    public Property Every_deadline_is_after_detection() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var deadlines = s.Evaluate(s.At).Deadlines;
        Instant?[] all = [deadlines.ResponseBy, deadlines.NextUpdateBy, deadlines.EscalatesAt, deadlines.EarliestResolveAt, deadlines.ReviewBy];

        Assert.All(all.OfType<Instant>(), due => Assert.True(due > s.Incident.DetectedAt, $"{due} is not after detection at {s.Incident.DetectedAt}: {deadlines}"));
    });
}
