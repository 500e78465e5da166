using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Escalation;

/// <summary>When the level entered as entry number <see cref="Entry"/> escalates (<c>escalatesAt</c>).</summary>
internal sealed class EscalationTimer(SeverityLevelPolicy from, SeverityLevelPolicy to, Instant since, int entry)
    : RuleTimer(since + from.Escalation!.After, Deadline.EscalatesAt), IObservableChange
{
    public SeverityLevelPolicy From { get; } = from;

    public SeverityLevelPolicy To { get; } = to;

    public int Entry { get; } = entry;

    public Instant ChangedAt { get; } = since;
}
