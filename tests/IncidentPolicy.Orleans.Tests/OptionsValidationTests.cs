using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Xunit;

namespace IncidentPolicy.Orleans.Tests;

/// <summary>A silo whose incident grains cannot work does not start, and says why.</summary>
public sealed class OptionsValidationTests
{
    private static async Task<OptionsValidationException> StartFailsAsync(Action<ISiloBuilder> configure)
    {
        using var host = new HostBuilder()
            .UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort());
                silo.UseInMemoryReminderService();
                configure(silo);
            })
            .Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Without_a_notifier_the_silo_does_not_start()
    {
        var e = await StartFailsAsync(silo =>
        {
            silo.AddMemoryGrainStorage(IncidentGrainOptions.DefaultStorageName);
            silo.AddIncidentPolicyGrains();
        });

        Assert.Contains("no IIncidentNotifier is registered", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_named_grain_storage_the_silo_does_not_start()
    {
        var e = await StartFailsAsync(silo =>
        {
            silo.Services.AddSingleton<IIncidentNotifier, RecordingNotifier>();
            silo.AddIncidentPolicyGrains(options => options.StorageName = "incidents");
        });

        Assert.Contains("no grain storage is registered as 'incidents'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_period_below_Orleans_minimum_and_a_retry_that_is_not_positive_are_both_reported()
    {
        var e = await StartFailsAsync(silo =>
        {
            silo.AddMemoryGrainStorage(IncidentGrainOptions.DefaultStorageName);
            silo.Services.AddSingleton<IIncidentNotifier, RecordingNotifier>();
            silo.AddIncidentPolicyGrains(options =>
            {
                options.ReminderPeriod = TimeSpan.FromSeconds(10);
                options.RetryAfter = TimeSpan.Zero;
            });
        });

        Assert.Contains("ReminderPeriod: expected at least ReminderOptions.MinimumReminderPeriod (00:01:00), got 00:00:10", e.Message, StringComparison.Ordinal);
        Assert.Contains("RetryAfter: expected a positive duration", e.Message, StringComparison.Ordinal);
    }
}
