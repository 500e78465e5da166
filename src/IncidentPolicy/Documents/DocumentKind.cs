namespace IncidentPolicy.Documents;

/// <summary>What a Markdown document is, which decides the rules it gets (docs/documents.md).</summary>
public enum DocumentKind
{
    /// <summary>A runbook: its first heading is <c># Runbook: ...</c>, or it is named a runbook. Rules IRP80xx.</summary>
    Runbook,

    /// <summary>A post-incident review: its first heading is <c># Post-Incident Review: ...</c>. Rules IRP81xx.</summary>
    Review,
}
