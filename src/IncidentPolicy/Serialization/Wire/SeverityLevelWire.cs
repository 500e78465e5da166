using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// A level of a policy document: every key, <c>null</c> where the level has no escalation, verification
/// window or review. <c>responseTime</c> is a duration or <c>nextBusinessDay</c>.
/// </summary>
internal sealed record SeverityLevelWire(
    int Rank,
    string Title,
    string ResponseTime,
    Duration UpdateCadence,
    Duration? EscalateAfter,
    string? EscalateTo,
    ImmutableArray<string> Notify,
    ImmutableArray<string> RequiredRoles,
    Duration? VerificationWindow,
    Duration? ReviewWithin)
{
    /// <summary>The value of <c>responseTime</c> for a response due by the end of the next business day.</summary>
    public const string NextBusinessDay = "nextBusinessDay";
}
