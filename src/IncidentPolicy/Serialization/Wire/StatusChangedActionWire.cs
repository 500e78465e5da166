using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>statusChanged</c> action: the status's wire name; <c>ruleId</c> is <c>null</c>.</summary>
internal sealed record StatusChangedActionWire : SimulatedActionWire
{
    public const string KindName = "statusChanged";

    public required Instant At { get; init; }

    public string Kind { get; } = KindName;

    public required string? RuleId { get; init; }

    public required string Status { get; init; }
}
