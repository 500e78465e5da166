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
/// (b) A wake-up of the typical incident that has one new moment since the last evaluation: its last event
/// arrived, and the host evaluates at it. Full replay against resuming from the checkpoint taken just before,
/// in memory and as a host does it (read the stored checkpoint JSON, evaluate, write the new one).
/// The setup prints the bytes a host keeps per incident (e): the record and the checkpoint, compact JSON.
/// </summary>
[MemoryDiagnoser]
public class ResumeOneMomentBenchmarks
{
    private readonly PolicyEngine _engine = PolicyEngine.Default;
    private IncidentRecord _record = null!;
    private Instant _at;
    private EvaluationCheckpoint _checkpoint = null!;
    private string _stored = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_record, _) = Workload.Typical(1);
        var last = _record.Events[^1];
        _at = last.At;

        // The host evaluated when the event before the last arrived; the last one is the new moment.
        var before = _record with { Events = _record.Events.RemoveAt(_record.Events.Length - 1) };
        _checkpoint = _engine.EvaluateWithCheckpoint(before, _record.Events[^2].At).Checkpoint!;
        _stored = CheckpointJson.Write(_checkpoint);
        var resumed = _engine.EvaluateWithCheckpoint(_record, _at, CheckpointJson.Read(_stored));
        if (resumed.Resume != ResumeOutcome.Resumed
            || IncidentJson.WriteEvaluation(resumed.Evaluation) != IncidentJson.WriteEvaluation(_engine.Evaluate(_record, _at)))
        {
            throw new InvalidOperationException("The resumed evaluation is not the full one.");
        }

        Console.WriteLine(
            $"// Bytes a host keeps for the typical incident: record {IncidentJson.WriteIncident(_record, indented: false).Length}, "
            + $"checkpoint {CheckpointJson.Write(resumed.Checkpoint!).Length} (compact JSON)");
    }

    [Benchmark(Baseline = true)]
    public PolicyEvaluation Full() => _engine.Evaluate(_record, _at);

    [Benchmark]
    public CheckpointedEvaluation FullTakingCheckpoint() => _engine.EvaluateWithCheckpoint(_record, _at);

    [Benchmark]
    public CheckpointedEvaluation ResumedInMemory() => _engine.EvaluateWithCheckpoint(_record, _at, _checkpoint);

    [Benchmark]
    public string ResumedFromStoredJson()
    {
        var result = _engine.EvaluateWithCheckpoint(_record, _at, CheckpointJson.Read(_stored));
        return CheckpointJson.Write(result.Checkpoint!);
    }
}

/// <summary>
/// (c) A P0 nobody updates (acknowledged, then silence): a missed update every 15 minutes, each a moment.
/// One wake-up at its <c>NextEvaluationAt</c> after 1, 4 and 16 days: a full replay from detection, or a
/// resume from the checkpoint of the wake-up before (in memory, and read from its stored JSON).
/// </summary>
[MemoryDiagnoser]
public class IgnoredP0Benchmarks
{
    private readonly PolicyEngine _engine = PolicyEngine.Default;
    private IncidentRecord _record = null!;
    private Instant _at;
    private EvaluationCheckpoint _checkpoint = null!;
    private string _stored = null!;

    [Params(1, 4, 16)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _record = IgnoredP0();
        var previous = _engine.EvaluateWithCheckpoint(_record, _record.DetectedAt + Duration.FromDays(Days));
        _at = previous.Evaluation.NextEvaluationAt!.Value;
        _checkpoint = previous.Checkpoint!;
        _stored = CheckpointJson.Write(_checkpoint);
        var resumed = _engine.EvaluateWithCheckpoint(_record, _at, CheckpointJson.Read(_stored));
        if (resumed.Resume != ResumeOutcome.Resumed
            || IncidentJson.WriteEvaluation(resumed.Evaluation) != IncidentJson.WriteEvaluation(_engine.Evaluate(_record, _at)))
        {
            throw new InvalidOperationException("The resumed evaluation is not the full one.");
        }

        Console.WriteLine($"// Ignored P0 after {Days} days: record {IncidentJson.WriteIncident(_record, indented: false).Length} bytes, checkpoint {_stored.Length} bytes");
    }

    [Benchmark(Baseline = true)]
    public PolicyEvaluation Full() => _engine.Evaluate(_record, _at);

    [Benchmark]
    public CheckpointedEvaluation ResumedInMemory() => _engine.EvaluateWithCheckpoint(_record, _at, _checkpoint);

    [Benchmark]
    public string ResumedFromStoredJson()
    {
        var result = _engine.EvaluateWithCheckpoint(_record, _at, CheckpointJson.Read(_stored));
        return CheckpointJson.Write(result.Checkpoint!);
    }

    /// <summary>A P0 acknowledged two minutes after detection, and nothing else.</summary>
    public static IncidentRecord IgnoredP0() => new(
        "INC-IGNORED",
        "Everything is down",
        Workload.Day,
        new ImpactAssessment(UsersAffected.All, ImpactScope.Outage),
        [new Acknowledged(Workload.Day + Duration.FromMinutes(2), "bob")]);
}
