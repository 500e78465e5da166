using System.Collections.Immutable;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Tests.Support;

/// <summary>The parts of a <see cref="SeverityLevelPolicy"/>, so a test can change one with <c>with</c>.</summary>
internal sealed record LevelSettings(
    SeverityLevel Level,
    string Title,
    PolicyDuration ResponseTime,
    CadenceSchedule UpdateCadence,
    EscalationStep? Escalation,
    ImmutableArray<string> Notify,
    ImmutableArray<IncidentRole> RequiredRoles,
    Duration? VerificationWindow,
    PolicyDuration? ReviewWithin)
{
    public static LevelSettings Of(SeverityLevelPolicy level) => new(
        level.Level, level.Title, level.ResponseTime, level.UpdateCadence, level.Escalation, level.Notify, level.RequiredRoles,
        level.VerificationWindow, level.ReviewWithin);

    public SeverityLevelPolicy Build() =>
        new(Level, Title, ResponseTime, UpdateCadence, Escalation, Notify, RequiredRoles, VerificationWindow, ReviewWithin);
}
