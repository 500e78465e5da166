using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using NodaTime;

namespace IncidentPolicy.Samples.Worker;

/// <summary>
/// A notification, a diagnostic or one of the procedure's messages to hand to people, with its de-duplication key: the notification's
/// <see cref="Notification.Key"/>, or <c>&lt;incidentId&gt;/&lt;ruleId&gt;/&lt;at&gt;</c> for a diagnostic. The key
/// is the same on every evaluation and after a restart, so a notifier can drop a repeat.
/// </summary>
public sealed record OutgoingMessage(string Key, string IncidentId, Instant At, string Text)
{
    public Notification? Notification { get; init; }

    public PolicyDiagnostic? Diagnostic { get; init; }

    /// <summary>One of the procedure's messages (the initial alert, a status update), rendered for Slack.</summary>
    public ComposedMessage? Message { get; init; }

    public string Kind => Message is not null ? "message" : Notification is null ? "diagnostic" : "notification";
}
