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

/// <summary>The tests' notifier: it records each message under the cluster's service id.</summary>
internal sealed class RecordingNotifier(IOptions<ClusterOptions> cluster) : IIncidentNotifier
{
    public Task DeliverAsync(IncidentMessage message, CancellationToken cancellationToken)
    {
        Deliveries.Add(cluster.Value.ServiceId, message);
        return Task.CompletedTask;
    }
}
