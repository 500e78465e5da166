using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Tests.Properties.Generators;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Properties.Observations;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Property 6, <c>nextEvaluationAt</c> (docs/semantics.md, "nextEvaluationAt"): the result holds from the instant evaluated until
/// <c>nextEvaluationAt</c>, and changes there; without one it never changes again. This is what lets a host
/// sleep instead of polling.
/// </summary>
public sealed class NextEvaluationProperties
{
    [Invariant]
    public Property The_result_is_the_same_at_every_instant_before_nextEvaluationAt() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var result = s.Evaluate(s.At);
        var until = result.NextEvaluationAt ?? s.LaterAt + Duration.FromDays(2);
        var probes = new SortedSet<Instant> { s.At + Tick, s.At + ((until - s.At) / 2), until - Tick, s.LaterAt };

        foreach (var probe in probes.GetViewBetween(s.At, until - Tick))
        {
            Assert.Equal(FieldsAndNext(result), FieldsAndNext(s.Evaluate(probe)));
        }

        return Prop.ToProperty(true).Classify(result.NextEvaluationAt is null, "never changes again");
    });

    [Invariant]
    public Property The_result_changes_at_nextEvaluationAt_and_never_when_there_is_none() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var result = s.Evaluate(s.At);

        if (result.NextEvaluationAt is { } next)
        {
            Assert.True(next > s.At, $"nextEvaluationAt {next} is not after {s.At}");
            Assert.NotEqual(Fields(result), Fields(s.Evaluate(next)));
        }
        else
        {
            Assert.Equal(FieldsAndNext(result), FieldsAndNext(s.Evaluate(s.LaterAt + Duration.FromDays(30))));
        }

        return Prop.ToProperty(true).Classify(result.NextEvaluationAt is null, "never changes again");
    });
}
