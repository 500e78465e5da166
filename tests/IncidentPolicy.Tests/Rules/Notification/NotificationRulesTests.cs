using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Notification;

/// <summary>IRP4001: the notification table of docs/semantics.md, each recipient once per incident.</summary>
public sealed class NotificationRulesTests
{
    public static TheoryData<string, string[]> WhoToNotify => new()
    {
        { "P0", ["onCallEngineer", "engineeringManager", "vpEngineering", "customerSupportLead", "communications"] },
        { "P1", ["onCallEngineer", "engineeringManager", "customerSupportLead"] },
        { "P2", ["onCallEngineer", "teamLead"] },
        { "P3", ["assignedEngineer"] },
    };

    [Theory]
    [MemberData(nameof(WhoToNotify))]
    public void At_detection_every_recipient_of_the_level_is_notified_in_the_tables_order(string level, string[] recipients)
    {
        var incident = Incidents.Record("10:00", Incidents.P3Impact, new SeverityAssigned(T.Of("10:00"), level));
        var result = Engines.Default.Evaluate(incident with { Events = level == "P3" ? [] : incident.Events }, T.Of("10:00"));

        var notified = result.Notifications.Where(n => n.Severity.Name == level).ToList();
        Assert.Equal(recipients, notified.Select(n => n.Recipient));
        Assert.All(notified, n => Assert.Equal((T.Of("10:00"), "IRP4001", $"INC-1/{n.Recipient}"), (n.At, n.RuleId, n.Key)));
    }

    [Fact]
    public void The_assigned_engineer_is_reached_by_ticket_and_the_on_call_engineer_by_page()
    {
        var p3 = Incidents.Record("10:00", Incidents.P3Impact).Evaluate("10:00");
        var p2 = Incidents.Record("10:00", Incidents.P2Impact).Evaluate("10:00");

        Assert.Equal(NotificationChannel.Ticket, Assert.Single(p3.Notifications).Channel);
        Assert.Equal(NotificationChannel.Page, p2.Notifications.Single(n => n.Recipient == "onCallEngineer").Channel);
    }

    [Fact]
    public void On_escalation_only_recipients_not_yet_notified_are_notified_at_the_escalation_instant()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact).Evaluate("14:00");

        Assert.Equal(
            [("onCallEngineer", "P2", T.Of("10:00")), ("teamLead", "P2", T.Of("10:00")), ("engineeringManager", "P1", T.Of("14:00")), ("customerSupportLead", "P1", T.Of("14:00"))],
            result.Notifications.Select(n => (n.Recipient, n.Severity.Name, n.At)));
    }

    [Fact]
    public void A_downgrade_and_a_new_rise_notify_nobody_twice()
    {
        var result = Incidents.Record(
            "10:00",
            Incidents.P1Impact,
            new SeverityAssigned(T.Of("10:30"), "P2"),
            new SeverityAssigned(T.Of("11:00"), "P1")).Evaluate("11:00");

        Assert.Equal(result.Notifications.Length, result.Notifications.Select(n => n.Recipient).Distinct().Count());
        Assert.Equal(["onCallEngineer", "engineeringManager", "customerSupportLead", "teamLead"], result.Notifications.Select(n => n.Recipient));
    }

    [Fact]
    public void Levels_entered_at_the_same_instant_notify_in_level_entry_order()
    {
        var result = Incidents.Record("10:00", Incidents.P3Impact, new SeverityAssigned(T.Of("10:00"), "P2"), new SeverityAssigned(T.Of("10:00"), "P0")).Evaluate("10:00");

        Assert.Equal(
            ["assignedEngineer", "onCallEngineer", "teamLead", "engineeringManager", "vpEngineering", "customerSupportLead", "communications"],
            result.Notifications.Select(n => n.Recipient));
    }

    [Fact]
    public void With_IRP4001_off_nobody_is_notified()
    {
        var engine = Engines.With(new RuleSeverityOverrides(rules: [new("IRP4001", RuleSeverity.None)]));

        Assert.Empty(engine.Evaluate(Incidents.Record("10:00", Incidents.P2Impact), T.Of("20:00")).Notifications);
    }

    [Fact]
    public void Each_notification_says_why()
    {
        var result = Incidents.Record("10:00", Incidents.P2Impact).Evaluate("14:00");

        Assert.Equal("engineeringManager is notified on entering P1", result.Notifications.Single(n => n.Recipient == "engineeringManager").Reason);
    }

    [Fact]
    public void The_key_is_the_incident_id_and_the_recipient()
    {
        var result = new IncidentRecord("INC-2024-0315-1", "Payments down", T.Of("14:00"), Incidents.P3Impact).Evaluate("14:00");

        Assert.Equal("INC-2024-0315-1/assignedEngineer", Assert.Single(result.Notifications).Key);
    }
}
