using IncidentPolicy.Model.Events;

namespace IncidentPolicy.Rules.Facts;

/// <summary>An event with its index in the record, for messages and for the stable order of equal instants.</summary>
internal sealed record SequencedEvent(IncidentEvent Event, int RecordIndex);
