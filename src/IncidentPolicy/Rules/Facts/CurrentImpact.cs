using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>The impact assessment in force.</summary>
internal sealed class CurrentImpact(ImpactAssessment impact, object? source)
{
    public ImpactAssessment Impact { get; } = impact;

    /// <summary>The happening that set it, so the rule that replaces it does not fire on its own result.</summary>
    public object? Source { get; } = source;
}
