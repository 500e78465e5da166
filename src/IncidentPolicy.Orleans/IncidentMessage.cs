using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using NodaTime;

namespace IncidentPolicy.Orleans;

/// <summary>
/// A notification, a diagnostic or a due message of an incident's evaluation, with its de-duplication key (see
/// <see cref="IncidentMessages"/>): the same on every evaluation, on every silo and after a restart.
/// </summary>
/// <param name="Key">The de-duplication key.</param>
/// <param name="IncidentId">The incident.</param>
/// <param name="Kind">What it carries.</param>
/// <param name="At">The instant the evaluation says it happened.</param>
/// <param name="Text">A one-line text for people; for a <see cref="IncidentMessageKind.Message"/>, the message rendered in the text format.</param>
public sealed record IncidentMessage(string Key, string IncidentId, IncidentMessageKind Kind, Instant At, string Text)
{
    /// <summary>The notification, when <see cref="Kind"/> is <see cref="IncidentMessageKind.Notification"/>.</summary>
    public Notification? Notification { get; init; }

    /// <summary>The diagnostic, when <see cref="Kind"/> is <see cref="IncidentMessageKind.Diagnostic"/>.</summary>
    public PolicyDiagnostic? Diagnostic { get; init; }

    /// <summary>
    /// Which of the procedure's messages, when <see cref="Kind"/> is <see cref="IncidentMessageKind.Message"/>
    /// (<see cref="At"/> is the instant it fell due).
    /// </summary>
    public MessageKind? MessageKind { get; init; }
}
