using System;
using System.Linq;
using System.Threading.Tasks;
using IncidentPolicy.Serialization;
using NodaTime;
using NodaTime.Text;
using Orleans.TestingHost;
using Xunit;

namespace IncidentPolicy.Orleans.Tests;

/// <summary>One silo on Redis, shared by the tests of one incident grain's contract.</summary>
public sealed class SingleSiloCluster : IAsyncLifetime
{
    public string ServiceId { get; } = $"grain-{Guid.NewGuid():N}";

    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cluster = TestClusters.Build(ServiceId, silos: 1);
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}

public sealed class IncidentGrainTests(SingleSiloCluster silo) : IClassFixture<SingleSiloCluster>
{
    private static string Now() => InstantPattern.ExtendedIso.Format(SystemClock.Instance.GetCurrentInstant());

    private static string Record(string id, string scope = "coreDegraded", string users = "most") =>
        new Scenario(id, TimeSpan.Zero, scope, users, []).RecordJson(SystemClock.Instance.GetCurrentInstant());

    private IIncidentGrain Grain(string id) => silo.Cluster.Client.GetGrain<IIncidentGrain>(id);

    [Fact]
    public async Task Opening_evaluates_at_once_and_delivers_the_first_notifications_under_their_keys()
    {
        var grain = Grain("open-1");
        Assert.True((await grain.OpenAsync(Record("open-1"))).Accepted);

        var snapshot = await grain.GetSnapshotAsync();
        Assert.NotEmpty(snapshot.DeliveredKeys);
        Assert.Empty(snapshot.PendingKeys);
        var delivered = Deliveries.Of(silo.ServiceId).Where(m => m.IncidentId == "open-1").Select(m => m.Key);
        Assert.Equal(snapshot.DeliveredKeys.Order(StringComparer.Ordinal), delivered.Order(StringComparer.Ordinal));
        Assert.NotNull(snapshot.NextWakeAt);
    }

    [Fact]
    public async Task The_initial_alert_is_delivered_once_at_opening_and_a_status_update_when_one_falls_due()
    {
        var grain = Grain("messages-1");
        var detected = Instant.FromUnixTimeSeconds(SystemClock.Instance.GetCurrentInstant().ToUnixTimeSeconds());
        Assert.True((await grain.OpenAsync(new Scenario("messages-1", TimeSpan.Zero, "outage", "all", []).RecordJson(detected))).Accepted);
        var alertKey = $"messages-1/message/initialAlert/{InstantPattern.ExtendedIso.Format(detected)}";
        IncidentMessage[] Messages() => [.. Deliveries.Of(silo.ServiceId).Where(m => m.IncidentId == "messages-1" && m.Kind == IncidentMessageKind.Message)];

        var alert = Assert.Single(Messages());
        Assert.Equal(alertKey, alert.Key);
        Assert.Contains("INCIDENT DECLARED", alert.Text, StringComparison.Ordinal);
        Assert.Contains(alertKey, (await grain.GetSnapshotAsync()).DeliveredKeys);

        // The P0's first update is due 5 seconds after detection (IRP5001); the grain's timer wakes it then.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!Messages().Any(m => m.MessageKind == Communications.MessageKind.StatusUpdate) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var update = Messages().First(m => m.MessageKind == Communications.MessageKind.StatusUpdate);
        Assert.StartsWith("messages-1/message/statusUpdate/", update.Key, StringComparison.Ordinal);
        Assert.Contains("INCIDENT UPDATE", update.Text, StringComparison.Ordinal);
        Assert.Single(Messages(), m => m.Key == alertKey); // the wake-ups after opening did not deliver the alert again
        Assert.Equal(Messages().Length, Messages().Select(m => m.Key).Distinct().Count());
    }

    [Fact]
    public async Task A_bad_event_is_refused_with_every_problem_located_in_the_event_and_the_incident_is_unchanged()
    {
        var grain = Grain("bad-event");
        Assert.True((await grain.OpenAsync(Record("bad-event"))).Accepted);
        var before = await grain.GetSnapshotAsync();

        var outcome = await grain.RecordEventAsync($$"""{"type":"roleAssigned","at":"{{Now()}}","role":"captain"}""");

        Assert.False(outcome.Accepted);
        Assert.Contains(outcome.Problems, p => p.Path == "$.role");
        Assert.Contains(outcome.Problems, p => p.Path == "$.person");
        var after = await grain.GetSnapshotAsync();
        Assert.Equal(before.RecordJson, after.RecordJson);
    }

    [Fact]
    public async Task An_event_naming_a_level_the_policy_lacks_is_refused_at_the_event_and_the_incident_is_unchanged()
    {
        var grain = Grain("unknown-level");
        Assert.True((await grain.OpenAsync(Record("unknown-level"))).Accepted);
        var before = await grain.GetSnapshotAsync();

        var outcome = await grain.RecordEventAsync($$"""{"type":"severityAssigned","at":"{{Now()}}","severity":"P7"}""");

        Assert.False(outcome.Accepted);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("$.severity", problem.Path);
        Assert.Contains("P7", problem.Message, StringComparison.Ordinal);
        Assert.Equal(before.RecordJson, (await grain.GetSnapshotAsync()).RecordJson);
    }

    [Fact]
    public async Task Malformed_JSON_is_refused_at_its_line_and_position()
    {
        var grain = Grain("malformed");
        Assert.True((await grain.OpenAsync(Record("malformed"))).Accepted);

        var outcome = await grain.RecordEventAsync("{\"type\": \"acknowledged\",\n \"by\": }");

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("$", problem.Path);
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_stamped_on_arrival_gets_the_grains_instant()
    {
        var grain = Grain("stamped");
        Assert.True((await grain.OpenAsync(Record("stamped"))).Accepted);
        var sent = SystemClock.Instance.GetCurrentInstant();

        Assert.True((await grain.RecordEventAsync("""{"type":"acknowledged","at":"2000-01-01T00:00:00Z","by":"ann"}""", stampArrival: true)).Accepted);

        var record = IncidentJson.ReadIncident((await grain.GetSnapshotAsync()).RecordJson!);
        Assert.True(record.Events.Single().At >= sent);
    }

    [Fact]
    public async Task An_event_before_the_incident_is_opened_is_refused()
    {
        var outcome = await Grain("never-opened").RecordEventAsync($$"""{"type":"acknowledged","at":"{{Now()}}","by":"ann"}""");

        Assert.False(outcome.Accepted);
        Assert.Contains("not open", Assert.Single(outcome.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_again_with_another_record_is_refused_and_with_the_same_one_changes_nothing()
    {
        var grain = Grain("twice");
        var record = Record("twice");
        Assert.True((await grain.OpenAsync(record)).Accepted);

        Assert.True((await grain.OpenAsync(record)).Accepted);
        var other = await grain.OpenAsync(Record("twice", scope: "outage"));

        Assert.False(other.Accepted);
        Assert.Equal(IncidentJson.WriteIncident(IncidentJson.ReadIncident(record), indented: false), (await grain.GetSnapshotAsync()).RecordJson);
    }

    [Fact]
    public async Task A_record_whose_id_is_not_the_grains_key_is_refused()
    {
        var outcome = await Grain("key-a").OpenAsync(Record("key-b"));

        Assert.Equal("$.id", Assert.Single(outcome.Problems).Path);
        Assert.False((await Grain("key-a").GetSnapshotAsync()).Opened);
    }

    [Fact]
    public async Task A_failed_delivery_is_tried_again_under_the_same_key()
    {
        var id = RecordingNotifier.FlakyPrefix + "1";
        var grain = Grain(id);
        Assert.True((await grain.OpenAsync(Record(id))).Accepted);

        IncidentSnapshot snapshot;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        do
        {
            await Task.Delay(250);
            snapshot = await grain.GetSnapshotAsync();
        }
        while (!snapshot.PendingKeys.IsEmpty && DateTime.UtcNow < deadline);

        Assert.Empty(snapshot.PendingKeys);
        var delivered = Deliveries.Of(silo.ServiceId).Where(m => m.IncidentId == id).Select(m => m.Key).ToList();
        Assert.All(snapshot.DeliveredKeys, key => Assert.Equal(1, RecordingNotifier.FailuresOf(key)));
        Assert.Equal(snapshot.DeliveredKeys.Order(StringComparer.Ordinal), delivered.Order(StringComparer.Ordinal));
    }
}
