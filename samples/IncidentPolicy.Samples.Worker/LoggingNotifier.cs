using System;
using System.IO;
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
            await File.AppendAllTextAsync(file, $"{message.Key}\t{message.Kind}\t{sentAt}\t{message.Text.TrimEnd('\n').Replace("\n", "\\n", StringComparison.Ordinal)}\n", cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} {Key}: {Text}")]
        public static partial void Sent(ILogger logger, string kind, string key, string text);
    }
}
