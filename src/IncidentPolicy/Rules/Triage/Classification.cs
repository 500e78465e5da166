using System.Collections.Immutable;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Rules.Triage;

/// <summary>The outcome of classifying an impact assessment.</summary>
/// <param name="Level">The level.</param>
/// <param name="Reason">Why, e.g. <c>subset of users, non-core functionality</c>.</param>
/// <param name="Assumed">Unknown answers replaced by their most severe value, e.g. <c>users affected</c> → <c>all</c>.</param>
/// <param name="ForcedBySecurityBreach">Whether IRP1002 decided it.</param>
internal sealed record Classification(
    SeverityLevelPolicy Level,
    string Reason,
    ImmutableArray<(string Question, string Assumed)> Assumed,
    bool ForcedBySecurityBreach)
{
    /// <summary>Whether the matrix was read with an unknown answer replaced (IRP1003).</summary>
    public bool OverClassified => !Assumed.IsEmpty;
}
