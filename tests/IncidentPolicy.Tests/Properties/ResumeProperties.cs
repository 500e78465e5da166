using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Properties.Generators;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// A resumed evaluation is the full one, byte for byte: a host evaluates the record it has at T1 and keeps the
/// checkpoint; events are appended (also at exactly T1, after the evaluation at T1); the evaluation at T2 ≥ T1
/// resumed from the checkpoint, in memory or read back from its JSON, writes the same bytes as a replay from
/// detection.
/// </summary>
public sealed class ResumeProperties
{
    [ThousandCases]
    public Property A_resumed_evaluation_writes_the_bytes_of_a_full_one() =>
        Prop.ForAll(Scenarios.Of(RecordShape.Any), Arb.From(Gen.Elements(true, false)), (s, eventsAtT1ComeLater) =>
            Prop.ToProperty(Resumes_to_the_full_evaluation(s, eventsAtT1ComeLater))
                .Classify(s.Incident.Events.Any(e => e.At == s.At), "events at T1")
                .Classify(s.Later == NodaTime.Duration.Zero, "T2 = T1"));

    /// <summary>
    /// At least 1,000 cases when <c>INCIDENTPOLICY_PROPERTY_CASES</c> is not set (what CI runs); the number it gives
    /// when it is, as for every property.
    /// </summary>
    private sealed class ThousandCasesAttribute : FsCheck.Xunit.PropertyAttribute
    {
        public ThousandCasesAttribute()
        {
            MaxTest = Environment.GetEnvironmentVariable(InvariantAttribute.CasesVariable) is { Length: > 0 }
                ? InvariantAttribute.Cases
                : Math.Max(1000, InvariantAttribute.DefaultCases);
            if (Environment.GetEnvironmentVariable(InvariantAttribute.ReplayVariable) is { Length: > 0 } replay)
            {
                Replay = replay;
            }
        }
    }

    private static bool Resumes_to_the_full_evaluation(Scenario s, bool eventsAtT1ComeLater)
    {
        var t1 = s.At;
        var t2 = s.LaterAt;

        // The record the host had at T1: what happened before T1, and at T1 itself unless those events were recorded later.
        var atT1 = s.Incident with
        {
            Events = [.. s.Incident.Events.Where(e => e.At < t1 || (e.At == t1 && !eventsAtT1ComeLater))],
        };
        var first = s.Engine.EvaluateWithCheckpoint(atT1, t1);
        Assert.Equal(IncidentJson.WriteEvaluation(s.Engine.Evaluate(atT1, t1)), IncidentJson.WriteEvaluation(first.Evaluation));
        Assert.NotNull(first.Checkpoint);

        var expected = IncidentJson.WriteEvaluation(s.Evaluate(t2));
        var live = s.Engine.EvaluateWithCheckpoint(s.Incident, t2, first.Checkpoint);
        var read = s.Engine.EvaluateWithCheckpoint(s.Incident, t2, CheckpointJson.Read(CheckpointJson.Write(first.Checkpoint)));

        Assert.Equal(ResumeOutcome.Resumed, live.Resume);
        Assert.Equal(ResumeOutcome.Resumed, read.Resume);
        Assert.Equal(expected, IncidentJson.WriteEvaluation(live.Evaluation));
        Assert.Equal(expected, IncidentJson.WriteEvaluation(read.Evaluation));

        // The checkpoint of a resumed evaluation is the one a full evaluation takes.
        Assert.Equal(
            CheckpointJson.Write(s.Engine.EvaluateWithCheckpoint(s.Incident, t2).Checkpoint!),
            CheckpointJson.Write(read.Checkpoint!));
        return true;
    }
}
