using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// The incident's deadlines at the evaluation instant; <see langword="null"/> where not applicable.
/// Deadlines appear whatever their rule's configured severity.
/// </summary>
/// <param name="ResponseBy">When an acknowledgement is (or was) due; keeps its value once met or missed.</param>
/// <param name="NextUpdateBy">When the next status update is due; <see langword="null"/> once resolved.</param>
/// <param name="EscalatesAt">When the incident escalates if still unresolved; <see langword="null"/> once resolved, at a level without escalation, or with IRP3001 off.</param>
/// <param name="EarliestResolveAt">The last mitigation plus the level's verification window; frozen at resolution.</param>
/// <param name="ReviewBy">When the post-incident review is due, from resolution; keeps its value once met or missed.</param>
public sealed record IncidentDeadlines(
    Instant? ResponseBy, Instant? NextUpdateBy, Instant? EscalatesAt, Instant? EarliestResolveAt, Instant? ReviewBy);
