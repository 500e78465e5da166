using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Rules.Communication;

/// <summary>
/// The arithmetic of the update cadence, in one place: the cadence in force at an instant is the level's
/// schedule at the incident's age then (time since detection), and the next update is due one such cadence
/// after the reference instant (a status update, a missed update, entering the level, or a phase boundary).
/// </summary>
internal static class UpdateCadenceClock
{
    /// <summary>The cadence of <paramref name="level"/> in force at <paramref name="at"/>.</summary>
    public static PolicyDuration CadenceAt(SeverityLevelPolicy level, Instant detectedAt, Instant at) =>
        level.UpdateCadence.CadenceAt(at - detectedAt);

    /// <summary>A timer for the next update: one cadence of <paramref name="level"/>, as in force at <paramref name="reference"/>, after it.</summary>
    public static UpdateTimer Next(SeverityLevelPolicy level, Instant detectedAt, Instant reference, BusinessCalendar calendar, object? source)
    {
        var cadence = CadenceAt(level, detectedAt, reference);
        return new UpdateTimer(cadence.DueAfter(reference, calendar), level, reference, source, detectedAt);
    }

    /// <summary>Whether a phase of <paramref name="level"/>'s schedule begins exactly at <paramref name="at"/>.</summary>
    public static bool PhaseBeginsAt(SeverityLevelPolicy level, Instant detectedAt, Instant at)
    {
        var age = at - detectedAt;
        return age > Duration.Zero && level.UpdateCadence.NextBoundaryAfter(age - Duration.Epsilon) == age;
    }
}
