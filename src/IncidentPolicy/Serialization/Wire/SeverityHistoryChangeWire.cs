namespace IncidentPolicy.Serialization.Wire;

/// <summary>A change of a <c>severityHistory</c> entry: the entries in the shape of the evaluation result's history.</summary>
internal sealed record SeverityHistoryChangeWire(string Path, string Change, SeverityChangeWire? Before, SeverityChangeWire? After) : BehaviourChangeWire;
