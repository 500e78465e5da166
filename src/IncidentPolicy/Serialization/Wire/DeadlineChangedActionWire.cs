using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>deadlineChanged</c> action: which deadline, its value before and after (<c>null</c> when not set); <c>ruleId</c> is <c>null</c>.</summary>
internal sealed record DeadlineChangedActionWire : SimulatedActionWire
{
    public const string KindName = "deadlineChanged";

    public required Instant At { get; init; }

    public string Kind { get; } = KindName;

    public required string? RuleId { get; init; }

    public required string Deadline { get; init; }

    public required Instant? From { get; init; }

    public required Instant? To { get; init; }
}
