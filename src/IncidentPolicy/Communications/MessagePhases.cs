using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;

namespace IncidentPolicy.Communications;

/// <summary>The phase at the message's instant, and how the internal and the customer messages say it.</summary>
internal static class MessagePhases
{
    public static MessagePhase At(PolicyEvaluation evaluation, IReadOnlyList<IncidentEvent> events) =>
        evaluation.Status == IncidentStatus.Resolved ? MessagePhase.Resolved
        : events.OfType<MitigationApplied>().Any() ? MessagePhase.Mitigating
        : MessagePhase.Investigating;

    public static string Word(MessagePhase phase) => phase switch
    {
        MessagePhase.Investigating => "Investigating",
        MessagePhase.Identified => "Identified",
        MessagePhase.Mitigating => "Mitigating",
        MessagePhase.Resolved => "Resolved",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "not a phase"),
    };

    public static string CustomerWords(MessagePhase phase) => phase switch
    {
        MessagePhase.Investigating => "We are investigating the cause.",
        MessagePhase.Identified => "We have identified the cause and are working on a fix.",
        MessagePhase.Mitigating => "A fix is in place and we are monitoring the results.",
        MessagePhase.Resolved => "The issue has been resolved.",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "not a phase"),
    };
}
