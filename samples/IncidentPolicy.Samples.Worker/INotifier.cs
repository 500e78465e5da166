using System.Threading;
using System.Threading.Tasks;

namespace IncidentPolicy.Samples.Worker;

/// <summary>
/// Sends a notification or diagnostic to people. Called at least once per message: after a crash between
/// sending and recording, the message comes again with the same <see cref="OutgoingMessage.Key"/>, so an
/// implementation that can (most paging and chat APIs take an idempotency key) drops the repeat.
/// </summary>
public interface INotifier
{
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
