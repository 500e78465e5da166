using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Samples.Worker;

/// <summary>
/// The sample's notifier: it logs each message, and appends it to <see cref="WorkerOptions.NotificationLog"/>
/// when that is set (one line: key, kind, the instant it was sent, the text with its line ends written as \\n). Replace it with your pager or chat.
/// </summary>
/// <remarks>
/// The log is the trail of what was delivered (the soak, tests/soak, counts it): each line is written with one
/// unbuffered write of its UTF-8 bytes, so a process killed at any moment leaves whole lines, never the first half of
/// one followed by the next message. It is not flushed to the disk: it survives the process, not a power cut.
/// </remarks>
public sealed partial class LoggingNotifier(ILogger<LoggingNotifier> logger, IOptions<WorkerOptions> options, IClock clock) : INotifier
{
    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (settings.SendDelay > TimeSpan.Zero)
        {
            await Task.Delay(settings.SendDelay, cancellationToken);
        }

        Log.Sent(logger, message.Kind, message.Key, message.Text);
        if (settings.NotificationLog is { Length: > 0 } file)
        {
            var sentAt = InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant());
            var line = Encoding.UTF8.GetBytes($"{message.Key}\t{message.Kind}\t{sentAt}\t{message.Text.TrimEnd('\n').Replace("\n", "\\n", StringComparison.Ordinal)}\n");
            await using var log = new FileStream(file, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            await log.WriteAsync(line, CancellationToken.None); // whole or not at all: a cancelled write would leave half a line
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} {Key}: {Text}")]
        public static partial void Sent(ILogger logger, string kind, string key, string text);
    }
}
