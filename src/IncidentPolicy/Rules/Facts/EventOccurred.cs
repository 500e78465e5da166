using IncidentPolicy.Model.Events;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// A recorded event happening now on the timeline; <see cref="EventOccurred{TEvent}"/> gives rules its
/// type. A fact custom rules can match; it lives for one moment. After resolution only the events that
/// still apply then occur: <c>reviewCompleted</c>, <c>reviewScheduled</c>, <c>actionItemCreated</c>,
/// <c>causeIdentified</c> and <c>statusUpdatePosted</c>.
/// </summary>
public abstract class EventOccurred : ITransientFact
{
    private protected EventOccurred(IncidentEvent @event, int recordIndex)
    {
        Event = @event;
        RecordIndex = recordIndex;
    }

    /// <summary>The event.</summary>
    public IncidentEvent Event { get; }

    /// <summary>The event's index in the record's <c>events</c>.</summary>
    public int RecordIndex { get; }

    /// <summary>When it happened.</summary>
    public Instant At => Event.At;

    internal static EventOccurred Of(SequencedEvent sequenced) => sequenced.Event switch
    {
        SeverityAssigned e => new EventOccurred<SeverityAssigned>(e, sequenced.RecordIndex),
        Acknowledged e => new EventOccurred<Acknowledged>(e, sequenced.RecordIndex),
        RoleAssigned e => new EventOccurred<RoleAssigned>(e, sequenced.RecordIndex),
        StatusUpdatePosted e => new EventOccurred<StatusUpdatePosted>(e, sequenced.RecordIndex),
        ImpactReassessed e => new EventOccurred<ImpactReassessed>(e, sequenced.RecordIndex),
        MitigationApplied e => new EventOccurred<MitigationApplied>(e, sequenced.RecordIndex),
        Resolved e => new EventOccurred<Resolved>(e, sequenced.RecordIndex),
        ReviewCompleted e => new EventOccurred<ReviewCompleted>(e, sequenced.RecordIndex),
        CauseIdentified e => new EventOccurred<CauseIdentified>(e, sequenced.RecordIndex),
        ChannelOpened e => new EventOccurred<ChannelOpened>(e, sequenced.RecordIndex),
        InvestigationStep e => new EventOccurred<InvestigationStep>(e, sequenced.RecordIndex),
        Observation e => new EventOccurred<Observation>(e, sequenced.RecordIndex),
        ReviewScheduled e => new EventOccurred<ReviewScheduled>(e, sequenced.RecordIndex),
        ActionItemCreated e => new EventOccurred<ActionItemCreated>(e, sequenced.RecordIndex),
        _ => new EventOccurred<IncidentEvent>(sequenced.Event, sequenced.RecordIndex),
    };
}

/// <summary>An event of type <typeparamref name="TEvent"/> happening now.</summary>
/// <typeparam name="TEvent">The event's type.</typeparam>
public sealed class EventOccurred<TEvent> : EventOccurred
    where TEvent : IncidentEvent
{
    internal EventOccurred(TEvent @event, int recordIndex)
        : base(@event, recordIndex) => Event = @event;

    /// <summary>The event.</summary>
    public new TEvent Event { get; }
}
