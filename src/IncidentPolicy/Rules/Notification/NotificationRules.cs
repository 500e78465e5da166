using System.Linq;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Notification;

/// <summary>IRP4001: on entering a level (at detection too), each of its recipients falls due.</summary>
[Name("IRP4001 Recipients of the level entered")]
[Tag("IRP4001")]
[Priority(RulePriorities.Reaction)]
internal sealed class RecipientsOfLevelRule : Rule
{
    public override void Define()
    {
        SeverityChanged change = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => change)
            .Match(() => current, s => s.LastChange == change);

        Then()
            .Do(ctx => Announce(ctx, change, current.Entries));
    }

    private static void Announce(IContext context, SeverityChanged change, int entry) =>
        context.InsertAll(change.To.Notify.Select((recipient, index) => new RecipientDue(recipient, index, change.To, change.At, entry)));
}

/// <summary>
/// IRP4001: "Who to Notify": each recipient is notified once per incident, at the instant its level was
/// entered, with the de-duplication key <c>&lt;incidentId&gt;/&lt;recipient&gt;</c>.
/// </summary>
[Name("IRP4001 Notify each recipient once")]
[Tag("IRP4001")]
[Priority(RulePriorities.Reaction)]
internal sealed class NotifyRecipientOnceRule(RuleContext policy) : Rule
{
    public override void Define()
    {
        RecipientDue due = null!;
        TrackedIncident incident = null!;

        When()
            .Match(() => due)
            .Not<NotificationSent>(n => n.Recipient == due.Recipient)
            .Match(() => incident);

        Then()
            .Do(ctx => ctx.Insert(new NotificationSent(
                new Evaluation.Notification(
                    due.Recipient,
                    due.Level.Level,
                    due.At,
                    BuiltInRules.Notification.Id,
                    incident.Id + "/" + due.Recipient,
                    policy.Policy.RecipientChannels[due.Recipient],
                    BuiltInRules.Notification.FormatMessage(due.Recipient, due.Level.Level.Name)),
                due.Entry,
                due.Index)));
    }
}
