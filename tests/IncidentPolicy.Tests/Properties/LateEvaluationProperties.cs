using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Tests.Properties.Generators;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Properties.Observations;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Property 7, "evaluating late gives the same result as having evaluated at every minute in between"
/// (docs/semantics.md, "Evaluation model"): a host that sleeps until <c>nextEvaluationAt</c> or a new event misses nothing and does
/// nothing twice.
/// </summary>
public sealed class LateEvaluationProperties
{
    /// <summary>
    /// Incidents of at most a day. A host of an unresolved incident wakes at every missed update (every
    /// 15 minutes at P0) and each evaluation replays the whole incident, so the cost grows with the square
    /// of its length; a resolved one is followed to its evaluation instant, however late.
    /// </summary>
    private static readonly RecordShape Shape = RecordShape.Any with { MaxSpanHours = 24 };

    [Invariant]
    public Property A_host_that_wakes_only_on_events_and_at_nextEvaluationAt_acts_on_exactly_what_a_late_evaluation_shows_at_the_same_instants() =>
        Prop.ForAll(Scenarios.Of(Shape), s =>
        {
            var until = ResolvedAt(s.Incident) is { } resolvedAt && resolvedAt <= s.At
                ? s.At
                : Instant.Min(s.At, s.Incident.DetectedAt + Duration.FromHours(16));
            var host = Host.Run(s.Engine, s.Incident, until);
            var late = s.Evaluate(until);

            // Nothing missed, nothing twice (an action that changed would show up as a second one).
            Assert.Equal(Actions(late).Order(System.StringComparer.Ordinal), host.Actions.Select(a => a.What).Order(System.StringComparer.Ordinal));
            // Each acted on at its own instant, not later.
            Assert.All(late.Notifications, n => Assert.Contains(host.Actions, a => a.What == $"notify {n}" && a.At == n.At));
            Assert.All(late.Diagnostics, d => Assert.Contains(host.Actions, a => a.What == $"diagnostic {d}" && a.At == d.At));
            // The host's last result is the late one.
            Assert.Equal(Fields(late), Fields(host.Last));
            return Prop.ToProperty(true).Classify(host.WakeUps > 10, "more than 10 wake-ups").Classify(until > s.Incident.DetectedAt + Duration.FromDays(1), "followed for more than a day");
        });

    /// <summary>
    /// A host that evaluates at detection, at each event and at each nextEvaluationAt, and acts on each
    /// notification and diagnostic the first time it appears. Two identical diagnostics at one instant are
    /// possible (two reassessments reading an unknown at the same instant each report IRP1003), so it acts
    /// on the n-th copy of an action when a result first shows n copies.
    /// </summary>
    private sealed record Host(List<(Instant At, string What)> Actions, PolicyEvaluation Last, int WakeUps)
    {
        public static Host Run(PolicyEngine engine, IncidentRecord incident, Instant until)
        {
            var actions = new List<(Instant, string)>();
            var acted = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var wakeUps = new SortedSet<Instant>(incident.Events.Select(e => e.At).Where(at => at <= until)) { incident.DetectedAt, until };
            PolicyEvaluation? last = null;
            var count = 0;
            while (wakeUps.Count > 0)
            {
                var at = wakeUps.Min;
                wakeUps.Remove(at);
                last = engine.Evaluate(incident, at);
                count++;
                foreach (var copies in Observations.Actions(last).GroupBy(a => a, System.StringComparer.Ordinal))
                {
                    for (var n = acted.GetValueOrDefault(copies.Key); n < copies.Count(); n++)
                    {
                        actions.Add((at, copies.Key));
                    }

                    acted[copies.Key] = System.Math.Max(acted.GetValueOrDefault(copies.Key), copies.Count());
                }

                if (last.NextEvaluationAt is { } next && next <= until)
                {
                    wakeUps.Add(next);
                }
            }

            return new Host(actions, last!, count);
        }
    }
}
