using System;
using System.Threading;
using System.Threading.Tasks;
using IncidentPolicy.Orleans;

namespace IncidentPolicy.Samples.Orleans;

/// <summary>The sample's notifier: one line per message, naming the silo that delivered it. Replace it with your pager.</summary>
public sealed class ConsoleNotifier(SiloName silo) : IIncidentNotifier
{
    public Task DeliverAsync(IncidentMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Console.WriteLine($"[silo {silo.Name}] {message.Kind} {message.Key}: {message.Text}");
        return Task.CompletedTask;
    }
}

/// <summary>Which silo this process is, for the notifier's lines.</summary>
public sealed record SiloName(string Name);
