using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Evaluation;

namespace IncidentPolicy.Documents;

/// <summary>The result of analysing one document.</summary>
/// <param name="Path">The document's path, as given.</param>
/// <param name="Kind">What it was analysed as; <see langword="null"/> when it is neither a runbook nor a review (IRP8000).</param>
/// <param name="Findings">The findings, suppressed ones included, ordered by position, then ID, then message.</param>
public sealed record DocumentAnalysis(string Path, DocumentKind? Kind, ImmutableArray<DocumentFinding> Findings)
{
    /// <summary>The findings no comment suppresses.</summary>
    public ImmutableArray<DocumentFinding> Reported => [.. Findings.Where(f => !f.IsSuppressed)];

    /// <summary>Whether an unsuppressed finding has severity error.</summary>
    public bool HasErrors => Findings.Any(f => !f.IsSuppressed && f.Severity == DiagnosticSeverity.Error);
}
