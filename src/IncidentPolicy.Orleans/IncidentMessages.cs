using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using NodaTime.Text;

namespace IncidentPolicy.Orleans;

/// <summary>The messages of an evaluation, each with its stable key.</summary>
public static class IncidentMessages
{
    /// <summary>
    /// Every notification, diagnostic and due message (<see cref="DueMessages.In"/>) of <paramref name="evaluation"/> as a message, ordered by instant (the
    /// evaluation's order within one instant). A notification's key is its <see cref="Notification.Key"/>; a
    /// diagnostic's is <c>&lt;incidentId&gt;/&lt;ruleId&gt;/&lt;at&gt;</c> (the instant in ISO 8601), and a second
    /// one of the same rule at the same instant gets <c>#2</c> (diagnostics are ordered by instant, ID and message,
    /// so the rank is stable). A key names one message for ever: a later evaluation of the same record gives the
    /// same message the same key. A due message's key is <see cref="DueMessage.Key"/>
    /// (<c>&lt;incidentId&gt;/message/&lt;kind&gt;/&lt;due&gt;</c>); its text is rendered by <paramref name="composer"/>
    /// in <see cref="MessageFormat.Text"/> from this evaluation, so a message delivered again after a failure may read
    /// differently (it speaks for a later instant) but keeps its key.
    /// </summary>
    /// <param name="incident">The record that was evaluated.</param>
    /// <param name="evaluation">Its evaluation.</param>
    /// <param name="composer">Renders the due messages (with the engine that evaluated).</param>
    /// <returns>The messages.</returns>
    public static ImmutableArray<IncidentMessage> From(IncidentRecord incident, PolicyEvaluation evaluation, MessageComposer composer)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(composer);
        var messages = new List<IncidentMessage>(evaluation.Notifications.Length + evaluation.Diagnostics.Length);
        foreach (var n in evaluation.Notifications)
        {
            messages.Add(new IncidentMessage(n.Key, evaluation.IncidentId, IncidentMessageKind.Notification, n.At, $"notify {n.Recipient} by {n.Channel}: {n.Reason}") { Notification = n });
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in evaluation.Diagnostics)
        {
            var key = $"{evaluation.IncidentId}/{d.Id}/{InstantPattern.ExtendedIso.Format(d.At)}";
            var count = seen[key] = seen.GetValueOrDefault(key) + 1;
            messages.Add(new IncidentMessage(count == 1 ? key : $"{key}#{count}", evaluation.IncidentId, IncidentMessageKind.Diagnostic, d.At, $"{d.Id} {d.Severity}: {d.Message}") { Diagnostic = d });
        }

        foreach (var due in DueMessages.In(incident, evaluation))
        {
            var text = composer.Compose(incident, evaluation, due.Kind, MessageFormat.Text).Text;
            messages.Add(new IncidentMessage(due.Key, evaluation.IncidentId, IncidentMessageKind.Message, due.Due, text) { MessageKind = due.Kind });
        }

        return [.. messages.OrderBy(m => m.At)]; // OrderBy is stable: the evaluation's order within an instant
    }
}
