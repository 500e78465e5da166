using System.Threading;
using System.Threading.Tasks;

namespace IncidentPolicy.Orleans;

/// <summary>
/// Hands an incident's notifications, diagnostics and due messages to people (a pager, a chat, a ticket system). Registered in
/// the silo's services; the incident grains call it.
/// </summary>
/// <remarks>
/// Each message comes at least once, always under the same <see cref="IncidentMessage.Key"/>: a silo that dies
/// between delivering a message and storing its key delivers it again from another silo. An implementation drops
/// the repeats by key (most paging and chat APIs take an idempotency key). An exception leaves the message
/// undelivered: the grain tries again later, under the same key. Messages of one incident come one at a time,
/// in order of their instant.
/// </remarks>
public interface IIncidentNotifier
{
    /// <summary>Delivers one message; returns when it is delivered, throws when it is not.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancelled when the silo stops.</param>
    /// <returns>A task that completes when the message is delivered.</returns>
    Task DeliverAsync(IncidentMessage message, CancellationToken cancellationToken);
}
