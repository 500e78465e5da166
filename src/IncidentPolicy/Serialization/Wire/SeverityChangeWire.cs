using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An entry of an evaluation's <c>severityHistory</c>: the level entered, since when, by which rule and why.</summary>
internal sealed record SeverityChangeWire(string Severity, Instant Since, string RuleId, string Reason);
