using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>The impact was assessed now (at detection or by a reassessment): classification rules react.</summary>
internal sealed class ImpactAssessed(ImpactAssessment impact, Instant at) : ITransientFact
{
    public ImpactAssessment Impact { get; } = impact;

    public Instant At { get; } = at;
}
