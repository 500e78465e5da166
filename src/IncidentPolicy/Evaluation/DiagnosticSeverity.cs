namespace IncidentPolicy.Evaluation;

/// <summary>How serious a diagnostic is: its rule's configured severity.</summary>
public enum DiagnosticSeverity
{
    /// <summary>For the record.</summary>
    Info,

    /// <summary>Something the procedure asks for did not happen.</summary>
    Warning,

    /// <summary>A commitment was broken.</summary>
    Error,
}
