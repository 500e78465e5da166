using System;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Orleans.TestingHost;

namespace IncidentPolicy.Orleans.Benchmarks;

/// <summary>
/// Events recorded through incident grains: one status update to each of the open incidents at once, on one
/// silo and on three (one process). Each event is read, checked, stored in Redis and evaluated (resumed from the
/// checkpoint). The time is per event (OperationsPerInvoke): events/s is 1 s divided by it.
/// </summary>
[MemoryDiagnoser(false)]
public class RecordEventBenchmarks
{
    private const int Incidents = 200;

    private TestCluster _cluster = null!;
    private IIncidentGrain[] _grains = [];

    [Params(1, 3)]
    public short Silos { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _cluster = await BenchmarkSilo.StartAsync(Silos);
        _grains = [.. Enumerable.Range(0, Incidents).Select(i => _cluster.Client.GetGrain<IIncidentGrain>($"E-{i}"))];
        await Task.WhenAll(_grains.Select(async (g, i) =>
        {
            if (!(await g.OpenAsync(BenchmarkSilo.Record($"E-{i}"))).Accepted)
            {
                throw new InvalidOperationException($"E-{i} was refused");
            }
        }));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }

    [Benchmark(OperationsPerInvoke = Incidents)]
    public async Task RecordOneEventPerIncident()
    {
        var outcomes = await Task.WhenAll(_grains.Select(g => g.RecordEventAsync("""{"type":"statusUpdatePosted","note":"still investigating"}""", stampArrival: true)));
        if (outcomes.Any(o => !o.Accepted))
        {
            throw new InvalidOperationException("an event was refused");
        }
    }
}
