namespace IncidentPolicy.Serialization.Wire;

/// <summary>A change of <c>severity</c>, <c>peakSeverity</c>, <c>status</c>, <c>phase</c> or <c>channel</c>: the two values as the evaluation result writes them.</summary>
internal sealed record FieldChangeWire(string Path, string Change, string? Before, string? After) : BehaviourChangeWire;
