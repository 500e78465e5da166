using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Attributes;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Benchmarks;

/// <summary>
/// Many open incidents evaluated on one engine, on one thread and on every core (Environment.ProcessorCount).
/// One operation is the whole batch; the Evaluations/s column is Incidents / Mean.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class BatchBenchmarks
{
    private readonly PolicyEngine _engine = PolicyEngine.Default;
    private (IncidentRecord Record, Instant At)[] _batch = [];

    [ParamsSource(nameof(Sizes))]
    public int Incidents { get; set; }

    /// <summary>10,000 and 100,000 incidents; CI's dry run uses 1,000.</summary>
    public static int[] Sizes => BenchmarkMode.Ci ? [1_000] : [10_000, 100_000];

    [GlobalSetup]
    public void Setup()
    {
        _batch = Workload.Batch(Incidents);
        foreach (var (record, at) in _batch.AsSpan(0, Math.Min(1000, _batch.Length)))
        {
            _engine.Evaluate(record, at);
        }
    }

    [Benchmark(Baseline = true)]
    public int SingleThreaded()
    {
        var notified = 0;
        foreach (var (record, at) in _batch)
        {
            notified += _engine.Evaluate(record, at).Notifications.Length;
        }

        return notified;
    }

    [Benchmark]
    public int Parallel()
    {
        var notified = 0;
        System.Threading.Tasks.Parallel.ForEach(
            Partitioner.Create(0, _batch.Length, 256),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            range =>
            {
                var local = 0;
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    local += _engine.Evaluate(_batch[i].Record, _batch[i].At).Notifications.Length;
                }

                System.Threading.Interlocked.Add(ref notified, local);
            });
        return notified;
    }
}

/// <summary>
/// Adds the Evaluations/s column to the batch benchmarks, and keeps them short: one invocation is a whole
/// batch (seconds), so one warm-up and five measured batches. Two jobs: the default workstation GC, and
/// the server GC a batch host would choose (an evaluation allocates about 200 KB, so gen-0 collections,
/// which stop every thread, weigh on the parallel batch).
/// </summary>
public sealed class ThroughputConfig : JobUnlessCiConfig
{
    public ThroughputConfig()
        : base(Batch.WithId("WorkstationGC"), Batch.WithGcServer(true).WithId("ServerGC")) =>
        AddColumn(new ThroughputColumn("Incidents"));

    private static Job Batch => Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5);
}
