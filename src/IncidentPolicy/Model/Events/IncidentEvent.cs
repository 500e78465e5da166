using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>
/// Something that happened to an incident, recorded with the instant it happened. Events are taken in
/// order of <see cref="At"/> (a stable sort: equal instants keep the record's order).
/// </summary>
/// <param name="At">When it happened.</param>
public abstract record IncidentEvent(Instant At)
{
    /// <summary>The event's <c>type</c> on the wire, e.g. <c>acknowledged</c>.</summary>
    public abstract string Type { get; }

    /// <summary>
    /// Whether the event still occurs after the incident is resolved: the review's events
    /// (<c>reviewCompleted</c>, <c>reviewScheduled</c>, <c>actionItemCreated</c>), <c>causeIdentified</c> and
    /// <c>statusUpdatePosted</c> (an all-clear). Other events after resolution stay in the record and never occur.
    /// </summary>
    internal virtual bool AppliesAfterResolution => false;
}
