using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace IncidentPolicy.Orleans.Tests;

/// <summary>
/// Incidents on a three-silo cluster (one process) with Redis storage and reminders, compared with a
/// single-process evaluation. CI runs a reduced size; set <c>INCIDENTPOLICY_ORLEANS_FULL=1</c> for the full one
/// (300 incidents over about a minute).
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private static readonly bool Full = Environment.GetEnvironmentVariable("INCIDENTPOLICY_ORLEANS_FULL") == "1";

    private static int Count => Full ? 300 : 60;

    private static TimeSpan Spread => Full ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(8);

    [Fact]
    public async Task A_silo_killed_mid_run_loses_no_message_and_sends_none_under_another_key()
    {
        var serviceId = $"failover-{Guid.NewGuid():N}";
        var scenarios = Scenarios.Create("F", Count, Spread);
        var cluster = TestClusters.Build(serviceId, silos: 3);
        await cluster.DeployAsync();
        try
        {
            var player = new Player(() => cluster.Client);
            var playing = player.PlayAsync(scenarios);
            await Task.Delay(Spread / 2 + TimeSpan.FromSeconds(4));
            var victim = cluster.GetActiveSilos().First(s => s != cluster.Primary);
            await cluster.KillSiloAsync(victim);
            output.WriteLine($"killed {victim.SiloAddress} at {DateTime.UtcNow:HH:mm:ss.fff}");
            await cluster.StartAdditionalSiloAsync();
            await playing;

            await Reference.CompareAsync(cluster.Client, serviceId, scenarios, output, player.Accepted - scenarios.Count);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_whole_cluster_stopped_and_restarted_on_the_same_storage_loses_nothing()
    {
        var serviceId = $"restart-{Guid.NewGuid():N}";
        var scenarios = Scenarios.Create("R", Full ? 100 : 30, TimeSpan.FromSeconds(4), seed: 29);
        var first = TestClusters.Build(serviceId, silos: 3);
        await first.DeployAsync();
        var player = new Player(() => first.Client);
        try
        {
            // Opened and a few events in; the rest of each incident's life (deadlines, escalations) falls while no silo runs.
            await player.PlayAsync([.. scenarios.Select(s => s with { Events = [.. s.Events.Where(e => e.After < TimeSpan.FromSeconds(3))] })]);
        }
        finally
        {
            await first.StopAllSilosAsync();
            await first.DisposeAsync();
        }

        var before = Deliveries.Of(serviceId).Count;
        await Task.Delay(TimeSpan.FromSeconds(8));
        var second = TestClusters.Build(serviceId, silos: 2);
        await second.DeployAsync();
        try
        {
            // Woken by their reminders (nothing calls them until the comparison), each evaluated at its real instant.
            await Task.Delay(TimeSpan.FromSeconds(6));
            var woken = Deliveries.Of(serviceId).Count - before;
            output.WriteLine($"{woken} messages delivered after the restart before any call");
            Assert.True(woken > 0, "no incident was woken by its reminder after the restart");
            await Reference.CompareAsync(second.Client, serviceId, scenarios, output, player.Accepted - scenarios.Count);
        }
        finally
        {
            await second.StopAllSilosAsync();
            await second.DisposeAsync();
        }
    }
}
