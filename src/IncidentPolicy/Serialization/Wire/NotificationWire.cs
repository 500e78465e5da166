using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An entry of an evaluation's <c>notifications</c>: who, at which level and instant, by which rule, how reached and why.</summary>
internal sealed record NotificationWire(string Recipient, string Severity, Instant At, string RuleId, string Key, string Channel, string Reason);
