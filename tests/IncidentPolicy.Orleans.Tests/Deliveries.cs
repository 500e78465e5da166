using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace IncidentPolicy.Orleans.Tests;

/// <summary>Every message delivered by the silos of one test cluster (its service id), killed silos included.</summary>
internal static class Deliveries
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<IncidentMessage>> ByService = new();

    public static IReadOnlyList<IncidentMessage> Of(string serviceId) => ByService.TryGetValue(serviceId, out var queue) ? [.. queue] : [];

    public static void Add(string serviceId, IncidentMessage message) => ByService.GetOrAdd(serviceId, _ => new()).Enqueue(message);

    public static ILookup<string, IncidentMessage> ByIncident(string serviceId) => Of(serviceId).ToLookup(m => m.IncidentId);
}

/// <summary>
/// The tests' notifier: it records each message under the cluster's service id. For an incident whose id starts
/// with <see cref="FlakyPrefix"/>, the first delivery of each key throws (its service is down).
/// </summary>
internal sealed class RecordingNotifier(IOptions<ClusterOptions> cluster) : IIncidentNotifier
{
    public const string FlakyPrefix = "flaky-";

    private static readonly ConcurrentDictionary<string, int> Failures = new();

    public static int FailuresOf(string key) => Failures.GetValueOrDefault(key);

    public Task DeliverAsync(IncidentMessage message, CancellationToken cancellationToken)
    {
        if (message.IncidentId.StartsWith(FlakyPrefix, System.StringComparison.Ordinal) && Failures.TryAdd(message.Key, 1))
        {
            throw new System.InvalidOperationException("the pager is down");
        }

        Deliveries.Add(cluster.Value.ServiceId, message);
        return Task.CompletedTask;
    }
}
