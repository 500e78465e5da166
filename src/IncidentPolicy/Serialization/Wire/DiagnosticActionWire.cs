using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>diagnostic</c> action: the severity and the message; <c>ruleId</c> is the diagnostic's ID.</summary>
internal sealed record DiagnosticActionWire : SimulatedActionWire
{
    public const string KindName = "diagnostic";

    public required Instant At { get; init; }

    public string Kind { get; } = KindName;

    public required string? RuleId { get; init; }

    public required string Severity { get; init; }

    public required string Message { get; init; }
}
