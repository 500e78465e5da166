using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// A change of a policy diff on the wire: <c>path</c>, <c>change</c> (<c>added</c>, <c>removed</c>, <c>changed</c>),
/// then <c>before</c> and <c>after</c> in the shape of that field of the evaluation result (<c>null</c> where absent).
/// No type discriminator: the path says what the values are.
/// </summary>
[JsonPolymorphic]
[JsonDerivedType(typeof(FieldChangeWire))]
[JsonDerivedType(typeof(InstantChangeWire))]
[JsonDerivedType(typeof(SeverityHistoryChangeWire))]
[JsonDerivedType(typeof(NotificationChangeWire))]
[JsonDerivedType(typeof(DiagnosticChangeWire))]
internal abstract record BehaviourChangeWire;
