using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Notification;

/// <summary>
/// IRP4001: "Who to Notify": each recipient is notified once per incident, at the instant its level was
/// entered, with the de-duplication key <c>&lt;incidentId&gt;/&lt;recipient&gt;</c>.
/// </summary>
[Name(NotifyRecipientOnceRule.Id + " Notify each recipient once")]
[Tag(NotifyRecipientOnceRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class NotifyRecipientOnceRule(RuleContext policy) : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP4001";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "Recipients are notified on entering a level", "{0} is notified on entering {1}", RuleCategories.Notification, RuleSeverity.Info);

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
                    Id,
                    incident.Id + "/" + due.Recipient,
                    policy.Policy.RecipientChannels[due.Recipient],
                    Descriptor.FormatMessage(due.Recipient, due.Level.Name)),
                due.Entry,
                due.Index)));
    }
}
