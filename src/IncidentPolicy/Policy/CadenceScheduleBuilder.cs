using System;
using System.Collections.Generic;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>
/// Writes an update cadence by phases, in order:
/// <c>level.UpdateCadence(c => c.Every(Duration.FromMinutes(20)).For(Duration.FromHours(2)).ThenEvery(Duration.FromHours(1)))</c>
/// is "every 20 minutes for the first 2 hours of the incident, then hourly". Every phase but the last needs
/// <see cref="For"/>; the last has none. Nothing is checked until <see cref="ResponsePolicyBuilder.Build"/>,
/// which reports each problem with its place (e.g. <c>$.severities.P1.updateCadence[1].for</c>).
/// </summary>
public sealed class CadenceScheduleBuilder
{
    private readonly List<CadencePhase> _phases = [];

    internal CadenceScheduleBuilder()
    {
    }

    internal IReadOnlyList<CadencePhase> Phases => _phases;

    /// <summary>Adds a phase: a status update is due every <paramref name="cadence"/> while it is in force.</summary>
    /// <param name="cadence">A positive duration, or business days (<see cref="PolicyDuration.BusinessDays"/>).</param>
    /// <returns>This builder.</returns>
    public CadenceScheduleBuilder Every(PolicyDuration cadence)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        _phases.Add(CadencePhase.Unchecked(cadence, null));
        return this;
    }

    /// <summary>Adds the next phase, after a <see cref="For"/>: the same as <see cref="Every"/>, read as "then every".</summary>
    /// <param name="cadence">A positive duration, or business days.</param>
    /// <returns>This builder.</returns>
    public CadenceScheduleBuilder ThenEvery(PolicyDuration cadence) => Every(cadence);

    /// <summary>Sets how long the phase added last lasts (a fixed duration of the incident's age).</summary>
    /// <param name="duration">A positive duration.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No phase was added yet.</exception>
    public CadenceScheduleBuilder For(Duration duration)
    {
        if (_phases.Count == 0)
        {
            throw new InvalidOperationException("Add a phase with Every(...) before saying how long it lasts.");
        }

        _phases[^1] = CadencePhase.Unchecked(_phases[^1].Every, duration);
        return this;
    }
}
