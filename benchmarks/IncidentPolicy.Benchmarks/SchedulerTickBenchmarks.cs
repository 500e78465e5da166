using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Scheduling;
using NodaTime;

namespace IncidentPolicy.Benchmarks;

/// <summary>
/// A worker's tick over <see cref="EvaluationSchedule{TKey}"/>: <see cref="Scheduled"/> open incidents,
/// one due per second; each tick advances the clock 1,000 s, so exactly <see cref="DuePerTick"/> are due,
/// takes them and schedules each again (at its due instant plus <see cref="Scheduled"/> seconds, so the
/// schedule stays full and every tick has the same work). The cost must depend on the 1,000 due, not on
/// the number scheduled: compare the rows for 10,000 and 1,000,000.
/// </summary>
[MemoryDiagnoser]
public class SchedulerTickBenchmarks
{
    public const int DuePerTick = 1000;
    private const int Pool = 1000;

    private readonly PolicyEngine _engine = PolicyEngine.Default;
    private readonly (IncidentRecord Record, Instant At)[] _pool = Workload.Batch(Pool);
    private EvaluationSchedule<string> _schedule = null!;
    private Instant _now;

    [Params(10_000, 1_000_000)]
    public int Scheduled { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schedule = new EvaluationSchedule<string>(StringComparer.Ordinal);
        for (var i = 0; i < Scheduled; i++)
        {
            _schedule.Schedule(Key(i), Workload.Day + Duration.FromSeconds(i));
        }

        _now = Workload.Day - Duration.FromSeconds(1);
        foreach (var (record, at) in _pool)
        {
            _engine.Evaluate(record, at);
        }
    }

    /// <summary>Only the schedule: take the 1,000 due and schedule them again.</summary>
    [Benchmark(Baseline = true)]
    public int Tick()
    {
        _now += Duration.FromSeconds(DuePerTick);
        var due = _schedule.TakeDue(_now);
        foreach (var key in due)
        {
            _schedule.Schedule(key, _now + Duration.FromSeconds(Scheduled));
        }

        return due.Count;
    }

    /// <summary>
    /// A whole tick as a worker runs it: take the 1,000 due, evaluate each (a typical record from a pool of
    /// 1,000, at its own instant) and schedule it again.
    /// </summary>
    [Benchmark]
    public int TickWithEvaluation()
    {
        _now += Duration.FromSeconds(DuePerTick);
        var due = _schedule.TakeDue(_now);
        var notified = 0;
        foreach (var key in due)
        {
            var (record, at) = _pool[int.Parse(key.AsSpan(4), CultureInfo.InvariantCulture) % Pool];
            notified += _engine.Evaluate(record, at).Notifications.Length;
            _schedule.Schedule(key, _now + Duration.FromSeconds(Scheduled));
        }

        return notified;
    }

    private static string Key(int i) => "INC-" + i.ToString("D7", CultureInfo.InvariantCulture);
}
