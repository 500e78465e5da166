using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;

namespace IncidentPolicy.Benchmarks;

/// <summary>
/// What the resume benchmarks share: a record, the instant of the wake-up and the checkpoint of the one before
/// (in memory and as stored JSON), checked in the setup to resume into exactly the full evaluation; and the three
/// ways a host can pay for the wake-up.
/// </summary>
public abstract class ResumeBenchmarkBase
{
    /// <summary>The engine, the default policy's.</summary>
    protected PolicyEngine Engine { get; } = PolicyEngine.Default;

    /// <summary>The record at the wake-up.</summary>
    protected IncidentRecord Record { get; private set; } = null!;

    /// <summary>The wake-up.</summary>
    protected Instant At { get; private set; }

    /// <summary>The stored checkpoint JSON of the wake-up before.</summary>
    protected string Stored { get; private set; } = null!;

    private EvaluationCheckpoint _checkpoint = null!;

    [Benchmark(Baseline = true)]
    public PolicyEvaluation Full() => Engine.Evaluate(Record, At);

    [Benchmark]
    public CheckpointedEvaluation ResumedInMemory() => Engine.EvaluateWithCheckpoint(Record, At, _checkpoint);

    [Benchmark]
    public string ResumedFromStoredJson()
    {
        var result = Engine.EvaluateWithCheckpoint(Record, At, CheckpointJson.Read(Stored));
        return CheckpointJson.Write(result.Checkpoint!);
    }

    /// <summary>Keeps the wake-up and fails the run when resuming from the stored checkpoint is not the full evaluation.</summary>
    protected void Prepare(IncidentRecord record, Instant at, EvaluationCheckpoint checkpoint)
    {
        (Record, At, _checkpoint, Stored) = (record, at, checkpoint, CheckpointJson.Write(checkpoint));
        var resumed = Engine.EvaluateWithCheckpoint(record, at, CheckpointJson.Read(Stored));
        if (resumed.Resume != ResumeOutcome.Resumed
            || IncidentJson.WriteEvaluation(resumed.Evaluation) != IncidentJson.WriteEvaluation(Engine.Evaluate(record, at)))
        {
            throw new InvalidOperationException("The resumed evaluation is not the full one.");
        }
    }
}

/// <summary>
/// (b) A wake-up of the typical incident that has one new moment since the last evaluation: its last event
/// arrived, and the host evaluates at it. Full replay against resuming from the checkpoint taken just before,
/// in memory and as a host does it (read the stored checkpoint JSON, evaluate, write the new one).
/// The setup prints the bytes a host keeps per incident (e): the record and the checkpoint, compact JSON.
/// </summary>
[MemoryDiagnoser]
public class ResumeOneMomentBenchmarks : ResumeBenchmarkBase
{
    [GlobalSetup]
    public void Setup()
    {
        var (record, _) = Workload.Typical(1);

        // The host evaluated when the event before the last arrived; the last one is the new moment.
        var before = record with { Events = record.Events.RemoveAt(record.Events.Length - 1) };
        Prepare(record, record.Events[^1].At, Engine.EvaluateWithCheckpoint(before, record.Events[^2].At).Checkpoint!);
        var resumed = ResumedInMemory();
        Console.WriteLine(
            $"// Bytes a host keeps for the typical incident: record {IncidentJson.WriteIncident(Record, indented: false).Length}, "
            + $"checkpoint {CheckpointJson.Write(resumed.Checkpoint!).Length} (compact JSON)");
    }

    [Benchmark]
    public CheckpointedEvaluation FullTakingCheckpoint() => Engine.EvaluateWithCheckpoint(Record, At);
}

/// <summary>
/// (c) A P0 nobody updates (acknowledged, then silence): a missed update every 15 minutes, each a moment.
/// One wake-up at its <c>NextEvaluationAt</c> after 1, 4 and 16 days: a full replay from detection, or a
/// resume from the checkpoint of the wake-up before (in memory, and read from its stored JSON).
/// </summary>
[MemoryDiagnoser]
public class IgnoredP0Benchmarks : ResumeBenchmarkBase
{
    [Params(1, 4, 16)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var record = IgnoredP0();
        var previous = Engine.EvaluateWithCheckpoint(record, record.DetectedAt + Duration.FromDays(Days));
        Prepare(record, previous.Evaluation.NextEvaluationAt!.Value, previous.Checkpoint!);
        Console.WriteLine($"// Ignored P0 after {Days} days: record {IncidentJson.WriteIncident(Record, indented: false).Length} bytes, checkpoint {Stored.Length} bytes");
    }

    /// <summary>A P0 acknowledged two minutes after detection, and nothing else.</summary>
    public static IncidentRecord IgnoredP0() => new(
        "INC-IGNORED",
        "Everything is down",
        Workload.Day,
        new ImpactAssessment(UsersAffected.All, ImpactScope.Outage),
        [new Acknowledged(Workload.Day + Duration.FromMinutes(2), "bob")]);
}
