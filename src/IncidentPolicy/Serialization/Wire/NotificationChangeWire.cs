namespace IncidentPolicy.Serialization.Wire;

/// <summary>A change of a <c>notifications</c> entry: the notifications in the shape of the evaluation result's.</summary>
internal sealed record NotificationChangeWire(string Path, string Change, NotificationWire? Before, NotificationWire? After) : BehaviourChangeWire;
