namespace IncidentPolicy.Orleans;

/// <summary>What an <see cref="IncidentMessage"/> carries.</summary>
public enum IncidentMessageKind
{
    /// <summary>A notification of the evaluation: someone to notify.</summary>
    Notification,

    /// <summary>A diagnostic of the evaluation: a rule's finding (a missed deadline, a missing role).</summary>
    Diagnostic,

    /// <summary>One of the procedure's messages that fell due (the initial alert, a status update, a customer update), rendered as text.</summary>
    Message,
}
