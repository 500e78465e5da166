using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// The phase (output): the furthest of investigating, identified, mitigating and resolved reached. The timeline sets
/// it from the record's events and replaces it only when the phase moves on, so each replacement is a change.
/// </summary>
internal sealed class PhaseState(IncidentPhase phase, Instant changedAt) : IObservableChange
{
    public IncidentPhase Phase { get; } = phase;

    public Instant ChangedAt { get; } = changedAt;
}
