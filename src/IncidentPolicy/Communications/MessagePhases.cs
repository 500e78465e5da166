using System;
using IncidentPolicy.Model;

namespace IncidentPolicy.Communications;

/// <summary>How the internal and the customer messages say the incident's phase.</summary>
internal static class MessagePhases
{
    public static string Word(IncidentPhase phase) => phase switch
    {
        IncidentPhase.Investigating => "Investigating",
        IncidentPhase.Identified => "Identified",
        IncidentPhase.Mitigating => "Mitigating",
        IncidentPhase.Resolved => "Resolved",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "not a phase"),
    };

    public static string CustomerWords(IncidentPhase phase) => phase switch
    {
        IncidentPhase.Investigating => "We are investigating the cause.",
        IncidentPhase.Identified => "We have identified the cause and are working on a fix.",
        IncidentPhase.Mitigating => "A fix is in place and we are monitoring the results.",
        IncidentPhase.Resolved => "The issue has been resolved.",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "not a phase"),
    };
}
