using IncidentPolicy.Evaluation;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>A deadline that was met or missed keeps its value in the result.</summary>
internal sealed class DeadlineOutcome(Deadline deadline, Instant dueAt, bool met)
{
    public Deadline Deadline { get; } = deadline;

    public Instant DueAt { get; } = dueAt;

    public bool Met { get; } = met;
}
