using IncidentPolicy.Model.Events;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// A recorded event happening now on the timeline; <see cref="EventOccurred{TEvent}"/> gives rules its
/// type. A fact custom rules can match; it lives for one moment. Events after resolution other than
/// <c>reviewCompleted</c> never occur.
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
