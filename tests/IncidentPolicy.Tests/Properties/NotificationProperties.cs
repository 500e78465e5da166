using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Rules;
using IncidentPolicy.Tests.Properties.Generators;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Property 8, "Who to Notify" (IRP4001): on entering a level, notify each of its recipients not already
/// notified during the incident, once, with the key <c>&lt;incidentId&gt;/&lt;recipient&gt;</c>.
/// </summary>
public sealed class NotificationProperties
{
    [Invariant]
    public Property Each_recipient_is_notified_at_most_once_per_incident() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var notifications = s.Evaluate(s.LaterAt).Notifications;

        Assert.Equal(notifications.Select(n => n.Recipient).Distinct().Count(), notifications.Length);
        Assert.All(notifications, n => Assert.Equal($"{s.Incident.Id}/{n.Recipient}", n.Key));
    });

    [Invariant]
    public Property The_recipients_notified_are_exactly_those_of_the_levels_held_so_far() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var result = s.Evaluate(s.At);
        var policy = s.Policy.Policy;
        if (!s.Policy.IsOn(BuiltInRules.Get("IRP4001")))
        {
            Assert.Empty(result.Notifications);
            return Prop.ToProperty(true).Classify(true, "IRP4001 none");
        }

        var held = result.SeverityHistory.SelectMany(h => policy[h.Severity.Name].Notify).Distinct().Order(System.StringComparer.Ordinal);
        Assert.Equal(held, result.Notifications.Select(n => n.Recipient).Order(System.StringComparer.Ordinal));
        foreach (var notification in result.Notifications)
        {
            // Notified when the first level that lists the recipient was entered, for that level.
            var entered = result.SeverityHistory.First(h => policy[h.Severity.Name].Notify.Contains(notification.Recipient));
            Assert.Equal((entered.Severity, entered.Since), (notification.Severity, notification.At));
            Assert.Equal(policy.RecipientChannels[notification.Recipient], notification.Channel);
            Assert.Equal(BuiltInRules.Get("IRP4001").Id, notification.RuleId);
        }

        return Prop.ToProperty(true).Classify(result.SeverityHistory.Length > 1, "more than one level held");
    });
}
