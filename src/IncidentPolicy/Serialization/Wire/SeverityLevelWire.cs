using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// A level of a policy document: every key, <c>null</c> where the level has no escalation, verification
/// window, review or customer cadence. <c>responseTime</c> and <c>reviewWithin</c> are a duration or business days, <c>updateCadence</c>
/// one cadence or a list of phases.
/// </summary>
internal sealed record SeverityLevelWire(
    int Rank,
    string Title,
    PolicyDurationWire ResponseTime,
    CadenceWire UpdateCadence,
    CadenceWire? CustomerUpdateCadence,
    Duration? EscalateAfter,
    string? EscalateTo,
    ImmutableArray<string> Notify,
    ImmutableArray<string> RequiredRoles,
    Duration? VerificationWindow,
    PolicyDurationWire? ReviewWithin);
