using IncidentPolicy.Evaluation;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>A notification (output), with its level-entry sequence and recipient index for the output order.</summary>
internal sealed class NotificationSent(Evaluation.Notification notification, int entrySequence, int recipientIndex) : IObservableChange
{
    public Evaluation.Notification Notification { get; } = notification;

    public string Recipient => Notification.Recipient;

    public int EntrySequence { get; } = entrySequence;

    public int RecipientIndex { get; } = recipientIndex;

    public Instant ChangedAt => Notification.At;
}
