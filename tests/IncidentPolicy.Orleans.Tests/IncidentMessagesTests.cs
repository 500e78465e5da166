using System;
using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Serialization;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace IncidentPolicy.Orleans.Tests;

public sealed class IncidentMessagesTests
{
    private static readonly Instant Detected = Instant.FromUtc(2026, 3, 2, 10, 0);

    private static readonly MessageComposer Composer = new(SecondsPolicy.Engine);

    [Fact]
    public void Keys_are_the_notifications_keys_and_the_diagnostics_incident_rule_and_instant_and_stay_the_same_later()
    {
        var record = IncidentJson.ReadIncident(new Scenario("INC-1", TimeSpan.Zero, "outage", "all", []).RecordJson(Detected));
        var early = IncidentMessages.From(record, SecondsPolicy.Engine.Evaluate(record, Detected + Duration.FromSeconds(20)), Composer);
        var later = IncidentMessages.From(record, SecondsPolicy.Engine.Evaluate(record, Detected + Duration.FromSeconds(40)), Composer);

        Assert.Contains(early, m => m.Kind == IncidentMessageKind.Notification && m.Key == m.Notification!.Key);
        var diagnostic = early.First(m => m.Kind == IncidentMessageKind.Diagnostic);
        Assert.StartsWith($"INC-1/{diagnostic.Diagnostic!.Id}/2026-03-02T10:00:", diagnostic.Key, StringComparison.Ordinal);
        Assert.Equal(early.Select(m => m.Key), later.Select(m => m.Key).Take(early.Length));
        Assert.Equal(later.Select(m => m.At).Order(), later.Select(m => m.At));
    }

    [Fact]
    public void Due_messages_are_the_initial_alert_at_detection_and_a_status_update_at_each_instant_one_fell_due_rendered_as_text()
    {
        var record = IncidentJson.ReadIncident(new Scenario("INC-2", TimeSpan.Zero, "outage", "all", []).RecordJson(Detected));
        var evaluation = SecondsPolicy.Engine.Evaluate(record, Detected + Duration.FromSeconds(12));
        var messages = IncidentMessages.From(record, evaluation, Composer).Where(m => m.Kind == IncidentMessageKind.Message).ToList();

        var alert = messages[0];
        Assert.Equal("INC-2/message/initialAlert/2026-03-02T10:00:00Z", alert.Key);
        Assert.Equal(MessageKind.InitialAlert, alert.MessageKind);
        Assert.Equal(Detected, alert.At);
        Assert.Equal(Composer.Compose(record, evaluation, MessageKind.InitialAlert, MessageFormat.Text).Text, alert.Text);
        var updatesDue = evaluation.Diagnostics.Where(d => d.Id == "IRP5001").Select(d => $"INC-2/message/statusUpdate/{InstantPattern.ExtendedIso.Format(d.At)}").ToList();
        Assert.NotEmpty(updatesDue);
        Assert.Equal(updatesDue, messages.Where(m => m.MessageKind == MessageKind.StatusUpdate).Select(m => m.Key));
        Assert.Contains("INCIDENT UPDATE", messages.First(m => m.MessageKind == MessageKind.StatusUpdate).Text, StringComparison.Ordinal);
    }
}
