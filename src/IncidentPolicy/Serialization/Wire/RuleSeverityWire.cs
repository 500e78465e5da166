namespace IncidentPolicy.Serialization.Wire;

/// <summary>A rule severity setting of a policy document: <c>{ "severity": "warning" }</c>.</summary>
internal sealed record RuleSeverityWire(string Severity);
