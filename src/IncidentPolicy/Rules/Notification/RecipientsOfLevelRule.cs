using System.Linq;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IncidentPolicy.Rules.Notification;

/// <summary>IRP4001: on entering a level (at detection too), each of its recipients falls due.</summary>
[Name(NotifyRecipientOnceRule.Id + " Recipients of the level entered")]
[Tag(NotifyRecipientOnceRule.Id)]
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
