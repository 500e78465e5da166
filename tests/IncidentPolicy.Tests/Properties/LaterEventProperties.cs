using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Tests.Properties.Generators;
using Xunit;
using static IncidentPolicy.Tests.Properties.Observations;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Property 12, "only events with <c>at &lt;= T</c> are considered" (docs/semantics.md, "Evaluation model"), with the exception of "nextEvaluationAt":
/// <c>nextEvaluationAt</c> counts the events already recorded after T, so that a host wakes for them.
/// </summary>
public sealed class LaterEventProperties
{
    [Invariant]
    public Property Events_recorded_after_the_evaluation_instant_change_nothing_but_nextEvaluationAt() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var untilAt = s.Incident with { Events = [.. s.Incident.Events.Where(e => e.At <= s.At)] };

        Assert.Equal(Fields(s.Evaluate(untilAt, s.At)), Fields(s.Evaluate(s.At)));
        return Prop.ToProperty(true).Classify(untilAt.Events.Length < s.Incident.Events.Length, "events after T");
    });

    [Invariant]
    public Property Events_recorded_after_the_evaluation_instant_bring_nextEvaluationAt_forward_only_to_their_own_instants() =>
        Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
        {
            var untilAt = s.Incident with { Events = [.. s.Incident.Events.Where(e => e.At <= s.At)] };
            var later = s.Incident.Events.Where(e => e.At > s.At).Select(e => e.At).ToHashSet();
            var without = s.Evaluate(untilAt, s.At).NextEvaluationAt;
            var with = s.Evaluate(s.At).NextEvaluationAt;

            if (later.Count == 0 || without is null || later.All(at => at > without))
            {
                // No later event before the original nextEvaluationAt: it stands (also when there is none).
                Assert.Equal(without, with);
            }
            else
            {
                // A later event can wake the host earlier, at its own instant; or, met in time, spare it a wake-up (even all of them).
                var first = later.Min();
                if (with is { } next)
                {
                    Assert.True(next >= first, $"nextEvaluationAt {next} is before the first later event at {first}");
                    if (next < without)
                    {
                        Assert.Contains(next, later);
                    }
                }
            }

            return Prop.ToProperty(true)
                .Classify(later.Count > 0 && with != without, "moved by later events")
                .Classify(later.Count > 0 && with == without, "not moved by later events");
        });
}
