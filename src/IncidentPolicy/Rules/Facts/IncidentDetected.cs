using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>The first happening of every timeline: the incident was detected.</summary>
internal sealed class IncidentDetected(IncidentRecord incident) : ITransientFact
{
    public IncidentRecord Incident { get; } = incident;

    public Instant At => Incident.DetectedAt;
}
