using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// Open, mitigated or resolved (output). The one home of resolution: the timeline sets it from the
/// <c>resolved</c> event, ignores later events but <c>reviewCompleted</c> while it is resolved, and the
/// rules that react to resolution match <see cref="IsResolved"/>.
/// </summary>
internal sealed class StatusState(IncidentStatus status, Instant changedAt) : IObservableChange
{
    public IncidentStatus Status { get; } = status;

    public Instant ChangedAt { get; } = changedAt;

    /// <summary>Whether the incident is resolved.</summary>
    public bool IsResolved => Status == IncidentStatus.Resolved;
}
