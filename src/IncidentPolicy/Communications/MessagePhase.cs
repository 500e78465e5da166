namespace IncidentPolicy.Communications;

/// <summary>How far the response has come: investigating, identified, mitigating, resolved; it never goes back.</summary>
internal enum MessagePhase
{
    Investigating,
    Identified,
    Mitigating,
    Resolved,
}
