using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Orleans.TestingHost;

namespace IncidentPolicy.Orleans.Benchmarks;

/// <summary>
/// The delay from a due instant to the notifier: incidents opened at once, each missing its response deadline
/// (two seconds after detection); the notifier records how long after that instant each miss (IRP2001) reached
/// it. The benchmark's time is the whole wait; the cleanup prints the delays' median and p99 (the figures that
/// matter) on one line starting "Due-to-notifier delay".
/// </summary>
public class DueToNotifierBenchmarks
{
    private TestCluster _cluster = null!;
    private int _round;

    [Params(1, 3)]
    public short Silos { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        DelayNotifier.DelaysMs.Clear();
        _cluster = await BenchmarkSilo.StartAsync(Silos);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        var delays = DelayNotifier.DelaysMs.Order().ToArray();
        if (delays.Length > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Due-to-notifier delay, {Silos} silo(s): median {Percentile(delays, 0.50):F1} ms, p99 {Percentile(delays, 0.99):F1} ms ({delays.Length} deadlines)"));
        }

        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }

    [Benchmark]
    public async Task OpenAndWaitForEveryMissedDeadline()
    {
        var round = _round++;
        var before = DelayNotifier.DelaysMs.Count;
        await Task.WhenAll(Enumerable.Range(0, Scale.Incidents).Select(i =>
            _cluster.Client.GetGrain<IIncidentGrain>($"D-{round}-{i}").OpenAsync(BenchmarkSilo.Record($"D-{round}-{i}"))));
        var wait = Stopwatch.StartNew();
        while (DelayNotifier.DelaysMs.Count < before + Scale.Incidents)
        {
            if (wait.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("deadlines missed but not delivered within a minute");
            }

            await Task.Delay(20);
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
