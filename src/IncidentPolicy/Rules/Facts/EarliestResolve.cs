using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary><c>earliestResolveAt</c> (output): the last mitigation plus the level's verification window.</summary>
internal sealed class EarliestResolve(Instant? value, Instant changedAt) : IObservableChange
{
    public Instant? Value { get; } = value;

    public Instant ChangedAt { get; } = changedAt;
}
