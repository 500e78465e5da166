using System;
using System.Threading.Tasks;
using Orleans;

namespace IncidentPolicy.Orleans;

/// <summary>
/// One incident, as a grain keyed by the incident's id. It holds the record, the checkpoint of its last evaluation
/// and the keys of the messages already delivered, in grain storage; it evaluates the policy on each event and at
/// each next evaluation instant, and hands every new notification and diagnostic to the silo's
/// <see cref="IIncidentNotifier"/> under a stable key. Calls to one incident run one at a time, in the order they
/// arrive.
/// </summary>
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Opens the incident with its record (the incident JSON of the wire format, usually with no events yet). The
    /// record's <c>id</c> must be the grain's key. Opening again with the same record is accepted and changes
    /// nothing; opening with another record is refused: record events instead.
    /// </summary>
    /// <param name="recordJson">The incident record, as JSON.</param>
    /// <returns>Accepted, or refused with every problem located in the record.</returns>
    Task<RecordingOutcome> OpenAsync(string recordJson);

    /// <summary>
    /// Records one event (an element of the record's <c>events</c>, as JSON), evaluates the incident and delivers
    /// what the event made due. The event is read as the record's next event with the library's reader and
    /// checked by the engine; a bad event is refused with every problem, located within the event (<c>$.at</c>),
    /// and the incident is left unchanged. An accepted event is stored before this call returns.
    /// </summary>
    /// <param name="eventJson">The event, as JSON.</param>
    /// <param name="stampArrival">
    /// When <see langword="true"/>, the event's <c>at</c> is set (or replaced) to the instant the grain receives it,
    /// and never earlier than the incident's last evaluation: what a chat command or a button wants, and no
    /// race with a deadline due while the event was on its way.
    /// </param>
    /// <returns>Accepted, or refused with every problem.</returns>
    Task<RecordingOutcome> RecordEventAsync(string eventJson, bool stampArrival = false);

    /// <summary>
    /// The incident as the grain holds it, and its evaluation at <paramref name="at"/> (now when
    /// <see langword="null"/>), resumed from the stored checkpoint. Delivers nothing.
    /// </summary>
    /// <param name="at">The evaluation instant, or <see langword="null"/> for the grain's clock.</param>
    /// <returns>The snapshot.</returns>
    Task<IncidentSnapshot> GetSnapshotAsync(DateTimeOffset? at = null);
}
