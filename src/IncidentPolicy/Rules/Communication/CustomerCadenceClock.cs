using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Rules.Communication;

/// <summary>
/// The arithmetic of the customer update cadence, as <see cref="UpdateCadenceClock"/> is for internal updates: the
/// cadence in force at an instant is the level's customer schedule at the incident's age then, and the next customer
/// update is due one such cadence after the reference instant. Only levels with a customer cadence get here.
/// </summary>
internal static class CustomerCadenceClock
{
    /// <summary>The customer cadence of <paramref name="level"/> in force at <paramref name="at"/>.</summary>
    public static PolicyDuration CadenceAt(SeverityLevelPolicy level, Instant detectedAt, Instant at) =>
        level.CustomerUpdateCadence!.CadenceAt(at - detectedAt);

    /// <summary>A timer for the next customer update: one customer cadence of <paramref name="level"/>, as in force at <paramref name="reference"/>, after it.</summary>
    public static CustomerUpdateTimer Next(SeverityLevelPolicy level, Instant detectedAt, Instant reference, BusinessCalendar calendar, object? source) =>
        new(CadenceAt(level, detectedAt, reference).DueAfter(reference, calendar), level, reference, source, detectedAt);

    /// <summary>Whether a phase of <paramref name="level"/>'s customer schedule begins exactly at <paramref name="at"/>.</summary>
    public static bool PhaseBeginsAt(SeverityLevelPolicy level, Instant detectedAt, Instant at)
    {
        var age = at - detectedAt;
        return level.CustomerUpdateCadence is { } schedule && age > Duration.Zero && schedule.NextBoundaryAfter(age - Duration.Epsilon) == age;
    }
}
