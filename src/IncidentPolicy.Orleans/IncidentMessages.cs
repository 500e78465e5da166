using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Evaluation;
using NodaTime.Text;

namespace IncidentPolicy.Orleans;

/// <summary>The messages of an evaluation, each with its stable key.</summary>
public static class IncidentMessages
{
    /// <summary>
    /// Every notification and diagnostic of <paramref name="evaluation"/> as a message, ordered by instant (the
    /// evaluation's order within one instant). A notification's key is its <see cref="Notification.Key"/>; a
    /// diagnostic's is <c>&lt;incidentId&gt;/&lt;ruleId&gt;/&lt;at&gt;</c> (the instant in ISO 8601), and a second
    /// one of the same rule at the same instant gets <c>#2</c> (diagnostics are ordered by instant, ID and message,
    /// so the rank is stable). A key names one message for ever: a later evaluation of the same record gives the
    /// same message the same key.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The messages.</returns>
    public static ImmutableArray<IncidentMessage> From(PolicyEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
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

        return [.. messages.OrderBy(m => m.At)]; // OrderBy is stable: the evaluation's order within an instant
    }
}
