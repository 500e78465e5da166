using System.Collections.Immutable;
using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// What the policy says about an incident at one instant (docs/semantics.md, "The evaluation result"). The same for every instant in
/// [<see cref="EvaluatedAt"/>, <see cref="NextEvaluationAt"/>), so a host that evaluates again at
/// <see cref="NextEvaluationAt"/> and on new events misses nothing.
/// </summary>
public sealed record PolicyEvaluation
{
    /// <summary>The incident's id.</summary>
    public required string IncidentId { get; init; }

    /// <summary>The instant evaluated.</summary>
    public required Instant EvaluatedAt { get; init; }

    /// <summary>The current severity.</summary>
    public required SeverityLevel Severity { get; init; }

    /// <summary>The most severe level the incident has reached.</summary>
    public required SeverityLevel PeakSeverity { get; init; }

    /// <summary>Open, mitigated or resolved.</summary>
    public required IncidentStatus Status { get; init; }

    /// <summary>How far the response has come: investigating, identified, mitigating or resolved, the furthest reached.</summary>
    public required IncidentPhase Phase { get; init; }

    /// <summary>The incident channel's name (IRP5002), or <see langword="null"/> when that rule is off.</summary>
    public required string? Channel { get; init; }

    /// <summary>The levels the incident entered, in the order the changes happened.</summary>
    public required ImmutableArray<SeverityChange> SeverityHistory { get; init; }

    /// <summary>The deadlines.</summary>
    public required IncidentDeadlines Deadlines { get; init; }

    /// <summary>Who to notify: by instant, then level-entry order, then the order of the level's recipients.</summary>
    public required ImmutableArray<Notification> Notifications { get; init; }

    /// <summary>What the check rules found: by instant, then rule ID, then message.</summary>
    public required ImmutableArray<PolicyDiagnostic> Diagnostics { get; init; }

    /// <summary>The earliest instant after <see cref="EvaluatedAt"/> at which the result changes, or <see langword="null"/> if it never does.</summary>
    public required Instant? NextEvaluationAt { get; init; }
}
