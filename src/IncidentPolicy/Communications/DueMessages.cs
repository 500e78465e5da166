using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Rules.Communication;
using IncidentPolicy.Serialization;
using NodaTime.Text;

namespace IncidentPolicy.Communications;

/// <summary>
/// Which of the procedure's messages an evaluation says are due, with their keys: the one definition a host that
/// posts messages by itself uses (docs/communications.md).
/// </summary>
public static class DueMessages
{
    /// <summary>
    /// The messages due in <paramref name="evaluation"/>, ordered by instant: the initial alert at detection, a status
    /// update at each instant one fell due (each IRP5001 diagnostic) and a customer update at each instant one fell due
    /// (each IRP5003 diagnostic). The set only grows as the record grows and time passes (a later evaluation keeps every
    /// key of an earlier one), so a host that posts each key once posts each message once; a rule turned off posts none.
    /// </summary>
    /// <param name="incident">The record that was evaluated.</param>
    /// <param name="evaluation">Its evaluation.</param>
    /// <returns>The messages due, each with its key.</returns>
    public static ImmutableArray<DueMessage> In(IncidentRecord incident, PolicyEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(evaluation);
        var due = new List<DueMessage>();
        if (evaluation.EvaluatedAt >= incident.DetectedAt)
        {
            due.Add(Message(incident.Id, MessageKind.InitialAlert, incident.DetectedAt));
        }

        foreach (var d in evaluation.Diagnostics)
        {
            if (d.Id == UpdateMissedRule.Id)
            {
                due.Add(Message(incident.Id, MessageKind.StatusUpdate, d.At));
            }
            else if (d.Id == CustomerUpdateMissedRule.Id)
            {
                due.Add(Message(incident.Id, MessageKind.Customer, d.At));
            }
        }

        return [.. due.OrderBy(m => m.Due)]; // stable: within an instant, the alert first, then the evaluation's order
    }

    private static DueMessage Message(string incidentId, MessageKind kind, NodaTime.Instant due) =>
        new(kind, due, $"{incidentId}/message/{WireNames.MessageKind.Name(kind)}/{InstantPattern.ExtendedIso.Format(due)}");
}
