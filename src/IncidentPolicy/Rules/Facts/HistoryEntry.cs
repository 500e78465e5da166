using IncidentPolicy.Evaluation;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>An entry of the severity history (output).</summary>
internal sealed class HistoryEntry(SeverityChange change, int sequence) : IObservableChange
{
    public SeverityChange Change { get; } = change;

    public int Sequence { get; } = sequence;

    public Instant ChangedAt => Change.Since;
}
