using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>The next recorded event, in time order; one cursor in the session keeps joins linear in the number of events.</summary>
internal sealed class EventCursor(ImmutableArray<SequencedEvent> events, int position)
{
    public SequencedEvent Next { get; } = events[position];

    public Instant NextAt => Next.Event.At;

    public EventCursor? Advance() => position + 1 < events.Length ? new EventCursor(events, position + 1) : null;
}
