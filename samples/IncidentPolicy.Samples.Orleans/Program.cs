using System;
using System.Globalization;
using System.Threading.Tasks;
using IncidentPolicy.Orleans;
using IncidentPolicy.Samples.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using StackExchange.Redis;

// silo <n>            runs silo n (1, 2, ...) of the cluster, on ports 11110+n and 30000+n
// open <id>           opens an incident: a partial impact on a non-core feature (P2), detected now
// ack <id>            records an acknowledgement, stamped on arrival
// show <id>           prints the incident's evaluation now and the keys delivered
var redis = Environment.GetEnvironmentVariable("INCIDENTPOLICY_REDIS") is { Length: > 0 } value ? value : "127.0.0.1:6390";
if (args is not [var command, var argument])
{
    Console.Error.WriteLine("usage: silo <n> | open <id> | ack <id> | show <id>");
    return 2;
}

if (command == "silo")
{
    var n = int.Parse(argument, CultureInfo.InvariantCulture);
    var builder = Host.CreateApplicationBuilder();
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.UseOrleans(silo =>
    {
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("incident-policy-sample", "incident-policy-sample"));
        silo.ConfigureEndpoints(siloPort: 11110 + n, gatewayPort: 30000 + n);
        silo.UseRedisClustering(redis);
        silo.AddRedisGrainStorage(IncidentGrainOptions.DefaultStorageName, o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        silo.UseRedisReminderService(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        silo.Services.AddSingleton(new SiloName(argument));
        silo.Services.AddSingleton<IIncidentNotifier, ConsoleNotifier>();
        silo.Services.AddIncidentPolicy(DemoPolicy.Configure);
        silo.AddIncidentPolicyGrains(); // the reminder ticks every minute, Orleans' least
    });
    Console.WriteLine($"silo {n} starting (Ctrl+C stops it)");
    await builder.Build().RunAsync();
    return 0;
}

var client = Host.CreateApplicationBuilder();
client.Logging.SetMinimumLevel(LogLevel.Warning);
client.UseOrleansClient(c =>
{
    c.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("incident-policy-sample", "incident-policy-sample"));
    c.UseRedisClustering(redis);
});
using var host = client.Build();
await host.StartAsync();
var grain = host.Services.GetRequiredService<IClusterClient>().GetGrain<IIncidentGrain>(argument);
var now = InstantPattern.ExtendedIso.Format(SystemClock.Instance.GetCurrentInstant());
var outcome = command switch
{
    "open" => await grain.OpenAsync($$"""
        {"id":"{{argument}}","title":"Search results are stale","detectedAt":"{{now}}",
         "impact":{"usersAffected":"subset","scope":"nonCore","securityBreach":false,"dataCorruption":false},"events":[]}
        """),
    "ack" => await grain.RecordEventAsync("""{"type":"acknowledged","by":"you"}""", stampArrival: true),
    _ => null,
};
if (outcome is { Accepted: false })
{
    Console.Error.WriteLine($"refused: {string.Join("; ", outcome.Problems)}");
    return 1;
}

var snapshot = await grain.GetSnapshotAsync();
Console.WriteLine(snapshot.EvaluationJson ?? "(not open)");
Console.WriteLine($"delivered: {string.Join(", ", snapshot.DeliveredKeys)}");
Console.WriteLine($"next wake-up: {snapshot.NextWakeAt?.ToString("O", CultureInfo.InvariantCulture) ?? "none"}");
await host.StopAsync();
return 0;
