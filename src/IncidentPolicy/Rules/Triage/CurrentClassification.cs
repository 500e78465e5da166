using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;

namespace IncidentPolicy.Rules.Triage;

/// <summary>
/// The classification of the impact in force, decided once per assessment by <see cref="ClassifyImpactRule"/>
/// and read by every rule that needs it: classification (IRP1001), the security breach (IRP1002) and
/// over-classification (IRP1003) at the assessment, manual assignments later.
/// </summary>
internal sealed class CurrentClassification(Classification? classification, ImpactAssessed? source)
{
    /// <summary>Before the impact at detection is classified.</summary>
    public static CurrentClassification None { get; } = new(null, null);

    /// <summary>The classification, or <see langword="null"/> before the first one.</summary>
    public Classification? Classification { get; } = classification;

    /// <summary>The assessment it classifies, so the rule that replaces it does not fire on its own result.</summary>
    public ImpactAssessed? Source { get; } = source;

    /// <summary>
    /// IRP1002: whether a manual assignment of <paramref name="target"/> is refused: a security breach forces
    /// the most severe level, and <paramref name="target"/> is another one.
    /// </summary>
    public bool Refuses(SeverityLevelPolicy target) => Classification is { ForcedBySecurityBreach: true } forced && target != forced.Level;
}
