using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Orleans;
using Xunit;

namespace IncidentPolicy.Orleans.Tests;

/// <summary>
/// Plays scenarios against a cluster in real time: each incident opened at its start, each event sent at its time
/// and stamped on arrival. A call that fails (its silo died) is sent again, as a client would.
/// </summary>
internal sealed class Player(Func<IGrainFactory> grains)
{
    public int Accepted => _accepted;

    private int _accepted;

    public Task PlayAsync(IReadOnlyList<Scenario> scenarios, CancellationToken cancellationToken = default) =>
        Task.WhenAll(scenarios.Select(s => Task.Run(() => PlayOneAsync(s, Stopwatch.StartNew(), cancellationToken), cancellationToken)));

    private async Task PlayOneAsync(Scenario scenario, Stopwatch clock, CancellationToken cancellationToken)
    {
        await Until(clock, scenario.StartsAfter, cancellationToken);
        var detectedAt = SystemClock.Instance.GetCurrentInstant();
        await SendAsync(g => g.OpenAsync(scenario.RecordJson(detectedAt)), scenario.Id);
        foreach (var (after, json) in scenario.Events)
        {
            await Until(clock, scenario.StartsAfter + after, cancellationToken);
            await SendAsync(g => g.RecordEventAsync(json, stampArrival: true), scenario.Id);
        }
    }

    private async Task SendAsync(Func<IIncidentGrain, Task<RecordingOutcome>> call, string id)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await call(grains().GetGrain<IIncidentGrain>(id));
                Assert.True(outcome.Accepted, $"{id}: {string.Join("; ", outcome.Problems)}");
                Interlocked.Increment(ref _accepted);
                return;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException && attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    private static Task Until(Stopwatch clock, TimeSpan at, CancellationToken cancellationToken) =>
        at > clock.Elapsed ? Task.Delay(at - clock.Elapsed, cancellationToken) : Task.CompletedTask;
}
