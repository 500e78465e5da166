using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Hosting;
using Orleans.TestingHost;
using StackExchange.Redis;

namespace IncidentPolicy.Orleans.Benchmarks;

/// <summary>A silo of the benchmarks: Redis storage and reminders, a policy in seconds, the delay-measuring notifier.</summary>
public sealed class BenchmarkSilo : ISiloConfigurator
{
    public static string Redis => Environment.GetEnvironmentVariable("INCIDENTPOLICY_REDIS") is { Length: > 0 } value ? value : "127.0.0.1:6390";

    public static PolicyEngine Engine { get; } = new(ResponsePolicy.CreateBuilder()
        .Level("P2", l => l.ResponseTime(Duration.FromSeconds(2)).UpdateCadence(c => c.Every(Duration.FromMinutes(10))).EscalateAfter(Duration.FromMinutes(10), "P1"))
        .Build());

    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddRedisGrainStorage(IncidentGrainOptions.DefaultStorageName, o => o.ConfigurationOptions = ConfigurationOptions.Parse(Redis));
        siloBuilder.UseRedisReminderService(o => o.ConfigurationOptions = ConfigurationOptions.Parse(Redis));
        siloBuilder.Services.AddSingleton(Engine);
        siloBuilder.Services.AddSingleton<IIncidentNotifier, DelayNotifier>();
        siloBuilder.AddIncidentPolicyGrains();
    }

    public static async Task<TestCluster> StartAsync(short silos)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ServiceId = $"bench-{Guid.NewGuid():N}";
        builder.Options.ConfigureFileLogging = false; // no logs/ folder where the benchmark runs
        builder.AddSiloBuilderConfigurator<BenchmarkSilo>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public static string Record(string id) =>
        $$"""{"id":"{{id}}","title":"Bench","detectedAt":"{{NodaTime.Text.InstantPattern.ExtendedIso.Format(SystemClock.Instance.GetCurrentInstant())}}","impact":{"usersAffected":"subset","scope":"nonCore","securityBreach":false,"dataCorruption":false},"events":[]}""";
}

/// <summary>Records, for each response deadline missed (IRP2001), how long after its instant it reached the notifier.</summary>
public sealed class DelayNotifier : IIncidentNotifier
{
    public static ConcurrentBag<double> DelaysMs { get; } = [];

    public Task DeliverAsync(IncidentMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Diagnostic?.Id == "IRP2001")
        {
            DelaysMs.Add((SystemClock.Instance.GetCurrentInstant() - message.At).TotalMilliseconds);
        }

        return Task.CompletedTask;
    }
}
