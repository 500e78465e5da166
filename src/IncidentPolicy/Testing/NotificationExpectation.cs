using System.Linq;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Testing;

/// <summary>A recipient is (<see cref="Notified"/>) or is not among the evaluation's notifications.</summary>
public sealed class NotificationExpectation : PolicyExpectation
{
    internal NotificationExpectation(string recipient, bool notified, ProblemLocation location)
        : base(EvaluationFields.Notifications, location)
    {
        Recipient = recipient;
        Notified = notified;
    }

    /// <summary>The recipient, as the policy names it (<c>teamLead</c>).</summary>
    public string Recipient { get; }

    /// <summary>Whether the recipient is expected to be notified (<c>notified</c>) or not (<c>notNotified</c>).</summary>
    public bool Notified { get; }

    internal override PolicyTestDifference? Compare(CaseOutcome outcome)
    {
        var notifications = outcome.Evaluation.Notifications;
        var found = notifications.FirstOrDefault(n => n.Recipient == Recipient);
        if (Notified == found is not null)
        {
            return null;
        }

        return found is null
            ? Differs($"{Recipient} notified", $"{Recipient} not notified (notified: {(notifications.IsEmpty ? "nobody" : string.Join(", ", notifications.Select(n => n.Recipient)))})")
            : Differs($"{Recipient} not notified", $"{Recipient} notified at {InstantJson.Format(found.At)} on entering {found.Severity.Name}");
    }
}
