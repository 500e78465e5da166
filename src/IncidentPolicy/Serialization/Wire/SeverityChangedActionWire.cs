using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>severityChanged</c> action: the level entered and why.</summary>
internal sealed record SeverityChangedActionWire : SimulatedActionWire
{
    public const string KindName = "severityChanged";

    public required Instant At { get; init; }

    public string Kind { get; } = KindName;

    public required string? RuleId { get; init; }

    public required string Severity { get; init; }

    public required string Reason { get; init; }
}
