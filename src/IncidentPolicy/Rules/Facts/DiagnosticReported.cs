using IncidentPolicy.Evaluation;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>A diagnostic (output). A class, not the record itself, so two equal diagnostics stay two facts.</summary>
internal sealed class DiagnosticReported(PolicyDiagnostic diagnostic) : IObservableChange
{
    public PolicyDiagnostic Diagnostic { get; } = diagnostic;

    public Instant ChangedAt => Diagnostic.At;
}
