using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>notification</c> action: who, at which level, the de-duplication key, how reached and why.</summary>
internal sealed record NotificationActionWire : SimulatedActionWire
{
    public const string KindName = "notification";

    public required Instant At { get; init; }

    public string Kind { get; } = KindName;

    public required string? RuleId { get; init; }

    public required string Recipient { get; init; }

    public required string Severity { get; init; }

    public required string Key { get; init; }

    public required string Channel { get; init; }

    public required string Reason { get; init; }
}
