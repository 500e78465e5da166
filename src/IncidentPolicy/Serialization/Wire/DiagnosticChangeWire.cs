namespace IncidentPolicy.Serialization.Wire;

/// <summary>A change of a <c>diagnostics</c> entry: the diagnostics in the shape of the evaluation result's.</summary>
internal sealed record DiagnosticChangeWire(string Path, string Change, DiagnosticWire? Before, DiagnosticWire? After) : BehaviourChangeWire;
