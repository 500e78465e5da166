using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// The first moment of every timeline: the incident was detected. A fact custom rules can match; it
/// lives for that one moment.
/// </summary>
public sealed class IncidentDetected : ITransientFact
{
    internal IncidentDetected(IncidentRecord incident) => Incident = incident;

    /// <summary>The record being evaluated.</summary>
    public IncidentRecord Incident { get; }

    /// <summary>When it was detected.</summary>
    public Instant At => Incident.DetectedAt;
}
