using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;

namespace IncidentPolicy.Checklist;

/// <summary>
/// The events of a record that the checklist reads, up to the report's instant, split at resolution: the
/// events up to and including the resolution count for every item; after it only the review booking, the
/// action items and the internal status updates (for the all-clear) count.
/// </summary>
internal sealed class ChecklistEvents
{
    private ChecklistEvents(ImmutableArray<IncidentEvent> beforeResolution, ImmutableArray<IncidentEvent> afterResolution, Instant? resolvedAt)
    {
        BeforeResolution = beforeResolution;
        AfterResolution = afterResolution;
        ResolvedAt = resolvedAt;
    }

    /// <summary>The events that count for every item: all of them until resolution, the resolution included, in time order (ties in record order).</summary>
    public ImmutableArray<IncidentEvent> BeforeResolution { get; }

    /// <summary>The events recorded after the resolution (each item takes the kinds that still apply).</summary>
    public ImmutableArray<IncidentEvent> AfterResolution { get; }

    /// <summary>When the incident was resolved, if it was by the report's instant.</summary>
    public Instant? ResolvedAt { get; }

    /// <summary>Every event of both lists, in time order.</summary>
    public IEnumerable<IncidentEvent> All => BeforeResolution.Concat(AfterResolution);

    public static ChecklistEvents Of(IncidentRecord record, Instant at)
    {
        var sorted = record.Events.Where(e => e.At <= at).OrderBy(e => e.At).ToList();
        var resolution = sorted.FindIndex(e => e is Resolved);
        if (resolution < 0)
        {
            return new ChecklistEvents([.. sorted], [], null);
        }

        return new ChecklistEvents([.. sorted.Take(resolution + 1)], [.. sorted.Skip(resolution + 1)], sorted[resolution].At);
    }

    /// <summary>The instants of the internal status updates in <paramref name="events"/>.</summary>
    public static IEnumerable<Instant> InternalUpdates(IEnumerable<IncidentEvent> events) =>
        events.OfType<StatusUpdatePosted>().Where(e => e.Audience == UpdateAudience.Internal).Select(e => e.At);

    /// <summary>The instants at which a channel or bridge was opened, before resolution.</summary>
    public IEnumerable<Instant> ChannelOpenings => BeforeResolution.OfType<ChannelOpened>().Select(e => e.At);

    /// <summary>The steps of the investigation recorded before resolution, each with its instant.</summary>
    public IEnumerable<(string Step, Instant At)> InvestigationSteps =>
        BeforeResolution.OfType<InvestigationStep>().Select(e => (WireNames.Step.Name(e.Step), e.At));

    /// <summary>The signals observed before resolution, each with its instant, in time order.</summary>
    public IEnumerable<(string Signal, Instant At)> Observations =>
        BeforeResolution.OfType<Observation>().Select(e => (WireNames.Signal.Name(e.Signal), e.At));

    /// <summary>The review bookings (booked at, meeting at), in time order, resolution or not.</summary>
    public IEnumerable<(Instant At, Instant For)> ReviewBookings => All.OfType<ReviewScheduled>().Select(e => (e.At, e.For));

    /// <summary>The instants at which an action item was created, resolution or not.</summary>
    public IEnumerable<Instant> ActionItems => All.OfType<ActionItemCreated>().Select(e => e.At);
}
