namespace IncidentPolicy.Communications;

/// <summary>The four messages of the procedure's communication templates (docs/communications.md).</summary>
public enum MessageKind
{
    /// <summary>"INCIDENT DECLARED": the first message to the responders and stakeholders (<c>initialAlert</c>).</summary>
    InitialAlert,

    /// <summary>"INCIDENT UPDATE": the internal status update posted at the level's cadence (<c>statusUpdate</c>).</summary>
    StatusUpdate,

    /// <summary>"INCIDENT RESOLVED": the resolution notification (<c>resolution</c>).</summary>
    Resolution,

    /// <summary>The customer-facing status update; it never carries internal names (<c>customer</c>).</summary>
    Customer,
}
