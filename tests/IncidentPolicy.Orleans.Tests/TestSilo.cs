using System;
using IncidentPolicy.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace IncidentPolicy.Orleans.Tests;

/// <summary>A test silo: Redis grain storage and reminders, reminders allowed every second, the incident grains.</summary>
public sealed class TestSilo : ISiloConfigurator
{
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromSeconds(2);

    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddRedisGrainStorage(IncidentGrainOptions.DefaultStorageName, options => options.ConfigurationOptions = Redis.Options());
        siloBuilder.UseRedisReminderService(options => options.ConfigurationOptions = Redis.Options());
        siloBuilder.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        siloBuilder.Services.AddSingleton<PolicyEngine>(SecondsPolicy.Engine);
        siloBuilder.Services.AddSingleton<IIncidentNotifier, RecordingNotifier>();
        siloBuilder.AddIncidentPolicyGrains(options =>
        {
            options.ReminderPeriod = ReminderPeriod;
            options.RetryAfter = TimeSpan.FromSeconds(1);
        });
    }
}

internal static class TestClusters
{
    public static TestCluster Build(string serviceId, short silos)
    {
        Redis.EnsureReachable();
        var builder = new TestClusterBuilder(silos);
        builder.Options.ServiceId = serviceId;
        builder.Options.ClusterId = serviceId;
        builder.AddSiloBuilderConfigurator<TestSilo>();
        return builder.Build();
    }
}
