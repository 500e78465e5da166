using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Escalation;

/// <summary>When the level entered as entry number <see cref="Entry"/> escalates (<c>escalatesAt</c>).</summary>
internal sealed class EscalationTimer(SeverityLevelPolicy from, SeverityLevelPolicy to, Instant since, int entry)
    : Timer(since + from.Escalation!.After), IObservableChange
{
    public SeverityLevelPolicy From { get; } = from;

    public SeverityLevelPolicy To { get; } = to;

    public int Entry { get; } = entry;

    public Instant ChangedAt { get; } = since;

    public override int Order => 0;

    public override bool StopsAtResolution => true;

    public override ITransientFact Elapse() => new TimerElapsed<EscalationTimer>(this);
}
