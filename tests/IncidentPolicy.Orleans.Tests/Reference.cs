using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using NodaTime;
using NodaTime.Text;
using Orleans;
using Xunit;
using Xunit.Abstractions;

namespace IncidentPolicy.Orleans.Tests;

/// <summary>
/// Compares what the cluster did with a single-process evaluation of the same records. For each incident, once the
/// grain has nothing pending at an instant (a snapshot taken in one turn of the grain), the reference is the
/// engine's full evaluation of the grain's record at that instant: the grain's resumed evaluation must write the
/// same bytes, the keys it stored must be the reference's (notifications, diagnostics and due messages), and the messages the notifier received up to that
/// instant must carry every reference key and no other.
/// </summary>
internal static class Reference
{
    public static async Task CompareAsync(IGrainFactory grains, string serviceId, IReadOnlyList<Scenario> scenarios, ITestOutputHelper output, int minimumEvents)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        var expectedTotal = 0;
        var events = 0;
        var snapshots = new Dictionary<string, IncidentSnapshot>(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            var grain = grains.GetGrain<IIncidentGrain>(scenario.Id);
            IncidentSnapshot snapshot;
            while (true)
            {
                snapshot = await grain.GetSnapshotAsync();
                if (snapshot.Opened && snapshot.PendingKeys.IsEmpty)
                {
                    break;
                }

                Assert.True(DateTime.UtcNow < deadline, $"{scenario.Id} still has undelivered messages: {string.Join(", ", snapshot.PendingKeys)}");
                await Task.Delay(200);
            }

            snapshots[scenario.Id] = snapshot;
        }

        var delivered = Deliveries.ByIncident(serviceId);
        var duplicates = 0;
        foreach (var scenario in scenarios)
        {
            var snapshot = snapshots[scenario.Id];
            var at = Instant.FromDateTimeOffset(snapshot.At);
            var record = IncidentJson.ReadIncident(snapshot.RecordJson!);
            events += record.Events.Length;
            var reference = SecondsPolicy.Engine.Evaluate(record, at);
            Assert.Equal(IncidentJson.WriteEvaluation(reference, indented: false), snapshot.EvaluationJson);

            var expected = ExpectedKeys(record, reference);
            expectedTotal += expected.Count;
            Assert.Equal(expected.Order(StringComparer.Ordinal), snapshot.DeliveredKeys.Order(StringComparer.Ordinal));

            var received = delivered[scenario.Id].Where(m => m.At <= at).Select(m => m.Key).ToList();
            var missing = expected.Except(received).ToList();
            var unknown = received.Where(k => !expected.Contains(k)).Distinct().ToList();
            Assert.True(missing.Count == 0, $"{scenario.Id}: never delivered {string.Join(", ", missing)}");
            Assert.True(unknown.Count == 0, $"{scenario.Id}: delivered keys the reference lacks: {string.Join(", ", unknown)}");
            duplicates += received.Count - received.Distinct().Count();
        }

        Assert.True(events >= minimumEvents, $"the records hold {events} events, {minimumEvents} were accepted");
        output.WriteLine($"{scenarios.Count} incidents, {events} events, {expectedTotal} messages expected, all delivered; {duplicates} duplicate deliveries");
    }

    /// <summary>
    /// The keys a reference evaluation calls for, written out here rather than taken from the library: each
    /// notification's key; incidentId/ruleId/at for each diagnostic (#2, #3 for repeats of one rule at one instant);
    /// incidentId/message/kind/due for the initial alert at detection, a status update at each IRP5001 and a customer
    /// update at each IRP5003.
    /// </summary>
    private static HashSet<string> ExpectedKeys(IncidentRecord record, PolicyEvaluation reference)
    {
        var keys = reference.Notifications.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var d in reference.Diagnostics)
        {
            var key = $"{record.Id}/{d.Id}/{Iso(d.At)}";
            var rank = 1;
            while (!keys.Add(rank == 1 ? key : $"{key}#{rank}"))
            {
                rank++;
            }
        }

        keys.Add($"{record.Id}/message/initialAlert/{Iso(record.DetectedAt)}");
        foreach (var d in reference.Diagnostics)
        {
            if (d.Id is "IRP5001" or "IRP5003")
            {
                keys.Add($"{record.Id}/message/{(d.Id == "IRP5001" ? "statusUpdate" : "customer")}/{Iso(d.At)}");
            }
        }

        return keys;
    }

    private static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
