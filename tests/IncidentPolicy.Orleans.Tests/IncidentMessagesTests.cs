using System;
using System.Linq;
using IncidentPolicy.Serialization;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Orleans.Tests;

public sealed class IncidentMessagesTests
{
    private static readonly Instant Detected = Instant.FromUtc(2026, 3, 2, 10, 0);

    [Fact]
    public void Keys_are_the_notifications_keys_and_the_diagnostics_incident_rule_and_instant_and_stay_the_same_later()
    {
        var record = IncidentJson.ReadIncident(new Scenario("INC-1", TimeSpan.Zero, "outage", "all", []).RecordJson(Detected));
        var early = IncidentMessages.From(SecondsPolicy.Engine.Evaluate(record, Detected + Duration.FromSeconds(20)));
        var later = IncidentMessages.From(SecondsPolicy.Engine.Evaluate(record, Detected + Duration.FromSeconds(40)));

        Assert.Contains(early, m => m.Kind == IncidentMessageKind.Notification && m.Key == m.Notification!.Key);
        var diagnostic = early.First(m => m.Kind == IncidentMessageKind.Diagnostic);
        Assert.StartsWith($"INC-1/{diagnostic.Diagnostic!.Id}/2026-03-02T10:00:", diagnostic.Key, StringComparison.Ordinal);
        Assert.Equal(early.Select(m => m.Key), later.Select(m => m.Key).Take(early.Length));
        Assert.Equal(later.Select(m => m.At).Order(), later.Select(m => m.At));
    }
}
