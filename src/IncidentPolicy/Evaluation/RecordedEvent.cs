using IncidentPolicy.Model.Events;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// An event as the record's checks see it: its position in the record (the <c>$.events[i]</c> of its
/// problems) and whether its time could be read, so that a record read only in part is still checked.
/// </summary>
/// <param name="Index">The event's position in the record, from 0.</param>
/// <param name="Event">The event; a field that could not be read holds a placeholder.</param>
/// <param name="HasTime">Whether <see cref="IncidentEvent.At"/> is the event's time rather than a placeholder.</param>
internal readonly record struct RecordedEvent(int Index, IncidentEvent Event, bool HasTime);
