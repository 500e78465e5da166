using IncidentPolicy.Model.Events;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>A recorded event happening now on the timeline; <see cref="EventOccurred{TEvent}"/> gives rules its type.</summary>
internal abstract class EventOccurred(IncidentEvent @event, int recordIndex) : ITransientFact
{
    public IncidentEvent Event { get; } = @event;

    public int RecordIndex { get; } = recordIndex;

    public Instant At => Event.At;

    public static EventOccurred Of(SequencedEvent sequenced) => sequenced.Event switch
    {
        SeverityAssigned e => new EventOccurred<SeverityAssigned>(e, sequenced.RecordIndex),
        Acknowledged e => new EventOccurred<Acknowledged>(e, sequenced.RecordIndex),
        RoleAssigned e => new EventOccurred<RoleAssigned>(e, sequenced.RecordIndex),
        StatusUpdatePosted e => new EventOccurred<StatusUpdatePosted>(e, sequenced.RecordIndex),
        ImpactReassessed e => new EventOccurred<ImpactReassessed>(e, sequenced.RecordIndex),
        MitigationApplied e => new EventOccurred<MitigationApplied>(e, sequenced.RecordIndex),
        Resolved e => new EventOccurred<Resolved>(e, sequenced.RecordIndex),
        ReviewCompleted e => new EventOccurred<ReviewCompleted>(e, sequenced.RecordIndex),
        _ => new EventOccurred<IncidentEvent>(sequenced.Event, sequenced.RecordIndex),
    };
}

/// <summary>An event of type <typeparamref name="TEvent"/> happening now.</summary>
internal sealed class EventOccurred<TEvent>(TEvent @event, int recordIndex) : EventOccurred(@event, recordIndex)
    where TEvent : IncidentEvent
{
    public new TEvent Event { get; } = @event;
}
