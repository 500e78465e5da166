namespace IncidentPolicy.Model;

/// <summary>The incident roles of the triage step "Name the roles" (<c>docs/procedure.md</c>).</summary>
public enum IncidentRole
{
    /// <summary>Coordinates the response, makes decisions, delegates. Does not debug.</summary>
    IncidentCommander,

    /// <summary>Leads investigation and mitigation.</summary>
    TechnicalLead,

    /// <summary>Drafts and sends status updates.</summary>
    CommunicationsLead,

    /// <summary>Documents the timeline in real time.</summary>
    Scribe,
}
