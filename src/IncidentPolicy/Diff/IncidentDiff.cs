using System.Collections.Immutable;
using IncidentPolicy.Evaluation;
using NodaTime;

namespace IncidentPolicy.Diff;

/// <summary>
/// What changing the policy does to one incident at one instant: the two evaluations and every difference
/// between them, in the order of the evaluation's fields (<see cref="PolicyDiff"/>). No changes when the two
/// policies say the same.
/// </summary>
public sealed record IncidentDiff
{
    /// <summary>The incident's id.</summary>
    public required string IncidentId { get; init; }

    /// <summary>The instant both policies evaluated the incident at.</summary>
    public required Instant At { get; init; }

    /// <summary>The evaluation under the old policy.</summary>
    public required PolicyEvaluation Before { get; init; }

    /// <summary>The evaluation under the new policy.</summary>
    public required PolicyEvaluation After { get; init; }

    /// <summary>
    /// Every difference: <c>severity</c>, <c>peakSeverity</c>, <c>status</c>, <c>phase</c>, <c>channel</c>,
    /// the <c>severityHistory</c> entries, each deadline, the <c>notifications</c>, the <c>diagnostics</c>, then
    /// <c>nextEvaluationAt</c>; the entries of a list by instant, then removed, changed, added, then by level, recipient or rule.
    /// </summary>
    public required ImmutableArray<BehaviourChange> Changes { get; init; }

    /// <summary>Where the record came from (a file name), for a report of many; <see langword="null"/> when not said.</summary>
    public string? Source { get; init; }

    /// <summary>Whether the two policies say anything different.</summary>
    public bool HasChanges => !Changes.IsDefaultOrEmpty;
}
