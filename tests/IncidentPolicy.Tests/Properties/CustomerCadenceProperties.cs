using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Properties.Generators;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Properties.Observations;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// The customer update cadence (IRP5003, <c>nextCustomerUpdateBy</c>) keeps the invariants of the internal one
/// (IRP5001, <c>nextUpdateBy</c>): it holds until <c>nextEvaluationAt</c>, a late evaluation shows what a host
/// stepping through every <c>nextEvaluationAt</c> saw, and the two cadences count only their own updates.
/// </summary>
public sealed class CustomerCadenceProperties
{
    /// <summary>Incidents of at most a day, as for the late evaluation of every rule: a stepping host replays the whole incident at each step.</summary>
    private static readonly RecordShape Shape = RecordShape.Any with { MaxSpanHours = 24 };

    /// <summary>The rule that reports a missed internal update.</summary>
    private const string UpdateMissed = "IRP5001";

    /// <summary>The rule that reports a missed customer update.</summary>
    private const string CustomerUpdateMissed = "IRP5003";

    [Invariant]
    public Property The_customer_deadline_and_the_IRP5003_diagnostics_hold_at_every_instant_before_nextEvaluationAt() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var result = s.Evaluate(s.At);
        var until = result.NextEvaluationAt ?? s.LaterAt + Duration.FromDays(2);
        var probes = new SortedSet<Instant> { s.At + Tick, s.At + ((until - s.At) / 2), until - Tick, s.LaterAt };

        foreach (var probe in probes.GetViewBetween(s.At, until - Tick))
        {
            Assert.Equal(CustomerCadence(result), CustomerCadence(s.Evaluate(probe)));
        }

        return Prop.ToProperty(true)
            .Classify(result.Deadlines.NextCustomerUpdateBy is not null, "a customer update is due")
            .Classify(Missed(result, CustomerUpdateMissed).Any(), "a customer update was missed");
    });

    [Invariant]
    public Property A_customer_update_due_before_nextEvaluationAt_is_never_skipped_nextEvaluationAt_is_at_or_before_it() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var result = s.Evaluate(s.At);

        if (result.Deadlines.NextCustomerUpdateBy is { } due && due > s.At)
        {
            Assert.NotNull(result.NextEvaluationAt);
            Assert.True(result.NextEvaluationAt <= due, $"nextEvaluationAt {result.NextEvaluationAt} is after nextCustomerUpdateBy {due}");
        }

        return Prop.ToProperty(true).Classify(result.Deadlines.NextCustomerUpdateBy is not null, "a customer update is due");
    });

    [Invariant]
    public Property Evaluating_late_shows_the_IRP5003_diagnostics_and_deadline_a_host_stepping_through_every_nextEvaluationAt_saw() =>
        Prop.ForAll(Scenarios.Of(Shape), s =>
        {
            var until = ResolvedAt(s.Incident) is { } resolvedAt && resolvedAt <= s.At
                ? s.At
                : Instant.Min(s.At, s.Incident.DetectedAt + Duration.FromHours(16));
            var late = s.Evaluate(until);

            // The host wakes at detection, at each event and at each nextEvaluationAt, and notes each IRP5003 the first time it shows.
            var wakeUps = new SortedSet<Instant>(s.Incident.Events.Select(e => e.At).Where(at => at <= until)) { s.Incident.DetectedAt, until };
            var seen = new List<(Instant At, string Diagnostic)>();
            var counted = new Dictionary<string, int>(StringComparer.Ordinal);
            PolicyEvaluation? last = null;
            while (wakeUps.Count > 0)
            {
                var at = wakeUps.Min;
                wakeUps.Remove(at);
                last = s.Evaluate(at);
                foreach (var copies in Missed(last, CustomerUpdateMissed).GroupBy(d => d, StringComparer.Ordinal))
                {
                    for (var n = counted.GetValueOrDefault(copies.Key); n < copies.Count(); n++)
                    {
                        seen.Add((at, copies.Key));
                    }

                    counted[copies.Key] = Math.Max(counted.GetValueOrDefault(copies.Key), copies.Count());
                }

                if (last.NextEvaluationAt is { } next && next <= until)
                {
                    wakeUps.Add(next);
                }
            }

            // Nothing missed, nothing twice, each seen at its own instant, and the same deadline at the end.
            Assert.Equal(Missed(late, CustomerUpdateMissed).Order(StringComparer.Ordinal), seen.Select(d => d.Diagnostic).Order(StringComparer.Ordinal));
            Assert.All(late.Diagnostics.Where(d => d.Id == CustomerUpdateMissed), d => Assert.Contains(seen, x => x.Diagnostic == d.ToString() && x.At == d.At));
            Assert.Equal(late.Deadlines.NextCustomerUpdateBy, last!.Deadlines.NextCustomerUpdateBy);
            Assert.Equal(CustomerCadence(late), CustomerCadence(last));
            return Prop.ToProperty(true).Classify(seen.Count > 0, "a customer update was missed").Classify(seen.Count > 3, "more than three missed");
        });

    [Invariant]
    public Property Customer_updates_never_change_IRP5001_or_nextUpdateBy() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var without = s.Incident with { Events = [.. s.Incident.Events.Where(e => !IsUpdate(e, UpdateAudience.Customer))] };

        Assert.Equal(InternalCadence(s.Evaluate(s.At)), InternalCadence(s.Evaluate(without, s.At)));
        return Prop.ToProperty(true).Classify(without.Events.Length < s.Incident.Events.Length, "had customer updates");
    });

    [Invariant]
    public Property Internal_updates_never_change_IRP5003_or_nextCustomerUpdateBy() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var without = s.Incident with { Events = [.. s.Incident.Events.Where(e => !IsUpdate(e, UpdateAudience.Internal))] };

        Assert.Equal(CustomerCadence(s.Evaluate(s.At)), CustomerCadence(s.Evaluate(without, s.At)));
        return Prop.ToProperty(true).Classify(without.Events.Length < s.Incident.Events.Length, "had internal updates");
    });

    private static bool IsUpdate(IncidentEvent e, UpdateAudience audience) => e is StatusUpdatePosted u && u.Audience == audience;

    private static IEnumerable<string> Missed(PolicyEvaluation evaluation, string id) =>
        evaluation.Diagnostics.Where(d => d.Id == id).Select(d => d.ToString());

    /// <summary>What the customer cadence shows: its deadline and its diagnostics, in the order reported.</summary>
    private static string CustomerCadence(PolicyEvaluation evaluation) =>
        $"nextCustomerUpdateBy {evaluation.Deadlines.NextCustomerUpdateBy}\n{string.Join('\n', Missed(evaluation, CustomerUpdateMissed))}";

    /// <summary>What the internal cadence shows: its deadline and its diagnostics, in the order reported.</summary>
    private static string InternalCadence(PolicyEvaluation evaluation) =>
        $"nextUpdateBy {evaluation.Deadlines.NextUpdateBy}\n{string.Join('\n', Missed(evaluation, UpdateMissed))}";
}
