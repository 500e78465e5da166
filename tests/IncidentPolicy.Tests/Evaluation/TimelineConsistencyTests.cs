using System.Linq;
using System.Threading.Tasks;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>
/// What a host relies on when it evaluates rarely: late equals step-by-step, the result holds until
/// nextEvaluationAt, later events are ignored, and evaluation is deterministic and safe in parallel.
/// </summary>
public sealed class TimelineConsistencyTests
{
    private static readonly IncidentRecord Busy = Incidents.Record(
        "10:00",
        Incidents.P2Impact,
        new Acknowledged(T.Of("10:40"), "bob"),
        new StatusUpdatePosted(T.Of("11:30")),
        new ImpactReassessed(T.Of("14:30"), new ImpactUpdate(UsersAffected.Most)),
        new RoleAssigned(T.Of("14:40"), IncidentRole.IncidentCommander, "carol"),
        new RoleAssigned(T.Of("14:41"), IncidentRole.TechnicalLead, "carol"),
        new MitigationApplied(T.Of("16:10"), "feature flag off"),
        new SeverityAssigned(T.Of("16:20"), "P2", "carol", "contained"),
        new Resolved(T.Of("16:30")));

    [Fact]
    public void A_late_evaluation_acts_on_exactly_what_a_step_by_step_host_acted_on()
    {
        var until = T.Of("2024-03-25T00:00");
        var (_, actions) = StepByStep.Run(Engines.Default, Busy, until);

        var late = Busy.Evaluate(until);

        // Nothing missed, nothing twice, and each first seen when it happened.
        Assert.Equal(
            late.Notifications.Select(n => $"notify {n}").Concat(late.Diagnostics.Select(d => $"diagnostic {d}")).Order(),
            actions.Select(a => a.What).Order());
        Assert.All(late.Notifications, n => Assert.Contains(actions, a => a.What == $"notify {n}" && a.SeenAt == n.At));
        Assert.All(late.Diagnostics, d => Assert.Contains(actions, a => a.What == $"diagnostic {d}" && a.SeenAt == d.At));
    }

    [Fact]
    public void The_result_is_the_same_anywhere_before_nextEvaluationAt_and_changes_at_it()
    {
        var (evaluations, _) = StepByStep.Run(Engines.Default, Busy, T.Of("2024-03-25T00:00"));

        foreach (var evaluation in evaluations.Where(e => e.NextEvaluationAt is not null))
        {
            var next = evaluation.NextEvaluationAt!.Value;
            var justBefore = Busy.Evaluate(next - Duration.FromSeconds(1));
            Assert.Equal(Render.WithoutEvaluatedAt(evaluation), Render.WithoutEvaluatedAt(justBefore));
            Assert.NotEqual(Render.WithoutEvaluatedAt(evaluation), Render.WithoutEvaluatedAt(Busy.Evaluate(next)));
        }
    }

    [Fact]
    public void A_long_record_out_of_time_order_is_evaluated_in_time_order_and_events_at_one_instant_in_the_records_order()
    {
        // Many updates, newest first, and two reassessments at 10:30: an outage first, then severe impairment.
        IncidentEvent[] events =
        [
            .. Enumerable.Range(1, 40).Select(i => new StatusUpdatePosted(T.Of("10:00") + Duration.FromMinutes(41 - i))),
            new ImpactReassessed(T.Of("10:30"), new ImpactUpdate(UsersAffected.All, ImpactScope.Outage)),
            new ImpactReassessed(T.Of("10:30"), new ImpactUpdate(UsersAffected.Most, ImpactScope.CoreSeverelyImpaired)),
            .. Enumerable.Range(1, 20).Select(i => new StatusUpdatePosted(T.Of("10:30") + Duration.FromSeconds(i))),
        ];
        var shuffled = Incidents.Record("10:00", Incidents.P2Impact, events);
        var inTimeOrder = shuffled with { Events = [.. events.OrderBy(e => e.At)] };

        var evaluation = shuffled.Evaluate("11:00");

        // The outage made it P0 at 10:30; the severe impairment recorded after it does not lower it.
        Assert.Equal(["P2", "P0"], evaluation.SeverityHistory.Select(h => h.Severity.Name));
        Assert.Equal(Render.WithoutEvaluatedAt(inTimeOrder.Evaluate("11:00")), Render.WithoutEvaluatedAt(evaluation));
    }

    [Fact]
    public void A_recorded_event_after_the_evaluation_instant_is_the_next_evaluation_when_it_changes_something()
    {
        // The status update at 11:30 moves nextUpdateBy.
        Assert.Equal(T.Of("11:30"), Busy.Evaluate("11:00").NextEvaluationAt);
    }

    [Fact]
    public void A_recorded_event_that_changes_no_field_wakes_nobody()
    {
        // The acknowledgement at 10:40 meets the response deadline (12:00) and changes no field; the update at 11:30 does.
        Assert.Equal(T.Of("11:30"), Busy.Evaluate("10:30").NextEvaluationAt);
    }

    [Fact]
    public void A_second_identified_cause_leaves_the_phase_as_it_was_and_wakes_nobody()
    {
        var identified = Incidents.Record("10:00", Incidents.P2Impact, new Acknowledged(T.Of("10:05")), new CauseIdentified(T.Of("10:30"), "bad config"));
        var again = identified with { Events = [.. identified.Events, new CauseIdentified(T.Of("11:00"), "and a bad deploy")] };

        Assert.Equal(IncidentPhase.Identified, again.Evaluate("11:30").Phase);
        Assert.Equal(identified.Evaluate("10:45").NextEvaluationAt, again.Evaluate("10:45").NextEvaluationAt);
        Assert.NotEqual(T.Of("11:00"), again.Evaluate("10:45").NextEvaluationAt);
    }

    [Fact]
    public void Events_after_the_evaluation_instant_change_nothing_but_nextEvaluationAt()
    {
        var early = Incidents.Record("10:00", Incidents.P2Impact, new Acknowledged(T.Of("10:40")));
        var withLater = early with { Events = [.. early.Events, new SeverityAssigned(T.Of("13:00"), "P0"), new Resolved(T.Of("13:30"))] };

        var without = early.Evaluate("12:30");
        var with = withLater.Evaluate("12:30");

        Assert.Equal(Render.WithoutEvaluatedAt(without with { NextEvaluationAt = null }), Render.WithoutEvaluatedAt(with with { NextEvaluationAt = null }));
        Assert.Equal(T.Of("13:00"), with.NextEvaluationAt);
        Assert.Equal(T.Of("14:00"), without.NextEvaluationAt);
    }

    [Fact]
    public void Events_are_taken_in_time_order_whatever_their_order_in_the_record()
    {
        var shuffled = Busy with { Events = [.. Busy.Events.Reverse()] };

        Assert.Equal(Render.WithoutEvaluatedAt(Busy.Evaluate("18:00")), Render.WithoutEvaluatedAt(shuffled.Evaluate("18:00")));
    }

    [Fact]
    public void The_same_inputs_give_the_same_result()
    {
        Assert.Equal(Render.WithoutEvaluatedAt(Busy.Evaluate("18:00")), Render.WithoutEvaluatedAt(Busy.Evaluate("18:00")));
    }

    [Fact]
    public void Many_incidents_evaluated_in_parallel_on_one_engine_give_the_results_of_one_at_a_time()
    {
        var incidents = Enumerable.Range(0, 200)
            .Select(i => Busy with { Id = $"INC-{i}", DetectedAt = Busy.DetectedAt + Duration.FromMinutes(i % 17), Events = [.. Busy.Events.Take(i % (Busy.Events.Length + 1))] })
            .ToArray();
        var at = T.Of("20:00");
        var sequential = incidents.Select(i => Render.WithoutEvaluatedAt(Engines.Default.Evaluate(i, at))).ToArray();

        var parallel = new string[incidents.Length];
        Parallel.For(0, incidents.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Render.WithoutEvaluatedAt(Engines.Default.Evaluate(incidents[i], at)));

        Assert.Equal(sequential, parallel);
    }
}
