using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An entry of an evaluation's <c>diagnostics</c>: the rule's ID, its severity, when and what.</summary>
internal sealed record DiagnosticWire(string Id, string Severity, Instant At, string Message);
