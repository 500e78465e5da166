using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// An action of a simulated timeline on the wire: <c>at</c>, <c>kind</c>, <c>ruleId</c>, then the fields of
/// its kind. The kind is an ordinary property of each subtype, not a type discriminator, so that it is
/// written after <c>at</c>.
/// </summary>
[JsonPolymorphic]
[JsonDerivedType(typeof(SeverityChangedActionWire))]
[JsonDerivedType(typeof(StatusChangedActionWire))]
[JsonDerivedType(typeof(NotificationActionWire))]
[JsonDerivedType(typeof(DiagnosticActionWire))]
[JsonDerivedType(typeof(DeadlineChangedActionWire))]
internal abstract record SimulatedActionWire;
