using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Scheduling;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Scheduling;

/// <summary>The schedule a host keeps so it wakes exactly when an incident's result changes.</summary>
public sealed class EvaluationScheduleTests
{
    [Fact]
    public void Due_incidents_come_out_earliest_first_and_only_when_due()
    {
        var schedule = new EvaluationSchedule<string>();
        schedule.Schedule("INC-3", T.Of("12:00"));
        schedule.Schedule("INC-1", T.Of("10:00"));
        schedule.Schedule("INC-2", T.Of("11:00"));

        Assert.Equal(T.Of("10:00"), schedule.NextDueAt);
        Assert.Empty(schedule.TakeDue(T.Of("09:59")));
        Assert.Equal(["INC-1", "INC-2"], schedule.TakeDue(T.Of("11:00")));
        Assert.Equal(1, schedule.Count);
        Assert.Equal(T.Of("12:00"), schedule.NextDueAt);
    }

    [Fact]
    public void Scheduling_again_moves_an_incident_earlier_or_later()
    {
        var schedule = new EvaluationSchedule<string>();
        schedule.Schedule("a", T.Of("10:00"));
        schedule.Schedule("b", T.Of("11:00"));

        schedule.Schedule("a", T.Of("12:00"));
        schedule.Schedule("b", T.Of("09:00"));

        Assert.Equal(["b", "a"], schedule.TakeDue(T.Of("23:00")));
    }

    [Fact]
    public void Rescheduling_with_no_next_evaluation_removes_the_incident()
    {
        var schedule = new EvaluationSchedule<string>();
        schedule.Schedule("a", T.Of("10:00"));

        schedule.Reschedule("a", null);

        Assert.Equal(0, schedule.Count);
        Assert.Null(schedule.NextDueAt);
        Assert.False(schedule.TryGetDueAt("a", out _));
    }

    [Fact]
    public void Rescheduling_with_a_next_evaluation_schedules_the_incident_or_moves_it()
    {
        var schedule = new EvaluationSchedule<string>();
        schedule.Reschedule("a", T.Of("11:00"));
        schedule.Reschedule("b", T.Of("12:00"));

        schedule.Reschedule("b", T.Of("10:00"));

        Assert.Equal(2, schedule.Count);
        Assert.Equal(T.Of("10:00"), schedule.NextDueAt);
        Assert.Equal(["b", "a"], schedule.TakeDue(T.Of("23:00")));
    }

    [Fact]
    public void The_due_instant_of_a_scheduled_incident_is_the_last_one_it_was_scheduled_at()
    {
        var schedule = new EvaluationSchedule<string>();
        schedule.Schedule("a", T.Of("10:00"));
        schedule.Schedule("b", T.Of("11:00"));
        schedule.Schedule("b", T.Of("12:30"));

        Assert.True(schedule.TryGetDueAt("a", out var a));
        Assert.True(schedule.TryGetDueAt("b", out var b));
        Assert.False(schedule.TryGetDueAt("c", out _));
        Assert.Equal((T.Of("10:00"), T.Of("12:30")), (a, b));
    }

    [Fact]
    public void Removing_an_incident_keeps_every_other_one_due_when_it_was()
    {
        // In scheduling order: a (10:01) heads b (10:10) and c (10:02); d (10:11) and e (10:12) follow b, f (10:30)
        // and g (10:05) follow c. Removing d puts g, the last one, in d's place after b, and g must still come out first.
        var schedule = new EvaluationSchedule<string>();
        foreach (var (key, due) in new[] { ("a", "10:01"), ("b", "10:10"), ("c", "10:02"), ("d", "10:11"), ("e", "10:12"), ("f", "10:30"), ("g", "10:05") })
        {
            schedule.Schedule(key, T.Of(due));
        }

        Assert.True(schedule.Remove("d"));
        Assert.False(schedule.Remove("d"));

        Assert.Equal(["a", "c", "g"], schedule.TakeDue(T.Of("10:06")));
        Assert.Equal(T.Of("10:10"), schedule.NextDueAt);
        Assert.Equal(["b", "e", "f"], schedule.TakeDue(T.Of("23:00")));
    }

    [Fact]
    public void An_incident_scheduled_again_at_the_same_instant_comes_out_after_the_others_due_then()
    {
        var schedule = new EvaluationSchedule<string>();
        schedule.Schedule("a", T.Of("10:00"));
        schedule.Schedule("b", T.Of("10:00"));
        schedule.Schedule("c", T.Of("10:00"));

        schedule.Schedule("a", T.Of("10:00"));

        Assert.Equal(["b", "c", "a"], schedule.TakeDue(T.Of("10:00")));
    }

    [Fact]
    public void Incidents_due_at_the_same_instant_come_out_in_scheduling_order()
    {
        var schedule = new EvaluationSchedule<int>();
        foreach (var i in Enumerable.Range(0, 50))
        {
            schedule.Schedule(i, T.Of("10:00"));
        }

        Assert.Equal(Enumerable.Range(0, 50), schedule.TakeDue(T.Of("10:00")));
    }

    [Fact]
    public void A_random_sequence_of_operations_behaves_like_a_sorted_list()
    {
        var random = new Random(20240315);
        var schedule = new EvaluationSchedule<int>();
        var model = new Dictionary<int, (Instant Due, long Order)>();
        long order = 0;
        for (var step = 0; step < 5000; step++)
        {
            var key = random.Next(200);
            switch (random.Next(4))
            {
                case 0 or 1:
                    var due = T.Of("10:00") + Duration.FromMinutes(random.Next(600));
                    schedule.Schedule(key, due);
                    model[key] = (due, order++);
                    break;
                case 2:
                    Assert.Equal(model.Remove(key), schedule.Remove(key));
                    break;
                default:
                    var now = T.Of("10:00") + Duration.FromMinutes(random.Next(600));
                    var expected = model.Where(m => m.Value.Due <= now).OrderBy(m => m.Value.Due).ThenBy(m => m.Value.Order).Select(m => m.Key).ToList();
                    Assert.Equal(expected, schedule.TakeDue(now));
                    expected.ForEach(k => model.Remove(k));
                    break;
            }

            Assert.Equal(model.Count, schedule.Count);
            Assert.Equal(model.Count == 0 ? null : model.Values.Min(v => v.Due), schedule.NextDueAt);
        }
    }
}
