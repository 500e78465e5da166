using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Scheduling;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Samples.Worker;

/// <summary>
/// Evaluates each incident exactly when its result changes: at import, at start-up when it fell due while the worker
/// was down (or its last evaluation was cut short), and at each <see cref="PolicyEvaluation.NextEvaluationAt"/>,
/// kept in an <see cref="EvaluationSchedule{TKey}"/>. Between those it sleeps until the schedule's
/// <c>NextDueAt</c> or a new file in the drop folder — it never polls. Each new notification or diagnostic
/// goes to the <see cref="INotifier"/> once, then its key is recorded; a crash in between sends it again
/// under the same key. Each evaluation resumes from the checkpoint stored with the record by the last one.
/// </summary>
public sealed partial class IncidentWorker(
    PolicyEngine engine, MessageComposer composer, IClock clock, IncidentStore store, DropFolder dropFolder, INotifier notifier, ILogger<IncidentWorker> logger)
    : BackgroundService
{
    // The longest wait a timer takes (about 24.8 days); a longer one is cut into several, which changes nothing.
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    // When the notifier fails (its service is down), the incident is tried again this much later.
    private static readonly Duration RetryAfter = Duration.FromMinutes(1);

    // How many files of the drop folder are imported between two rounds of evaluations.
    private const int ImportBatch = 100;

    private readonly EvaluationSchedule<string> _schedule = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Each incident when it is due: those whose evaluation was not finished (or whose policy changed) now, the others
        // at their next evaluation instant (past ones at once), none whose result never changes again. A restart catches up
        // what fell due while the worker was down, and costs only that.
        await Task.Yield(); // the host's start-up does not wait for the first round: it reports "started" at once
        store.UsePolicy(PolicyJson.Write(engine.Policy, indented: false));
        var now = clock.GetCurrentInstant();
        foreach (var (id, dueAt) in store.Pending())
        {
            _schedule.Schedule(id, dueAt ?? now);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // A few files at a time, so that a long backlog in the drop folder does not hold back what falls due meanwhile.
            var (imported, more) = dropFolder.Import(ImportBatch);
            foreach (var id in imported)
            {
                _schedule.Schedule(id, clock.GetCurrentInstant());
            }

            foreach (var id in _schedule.TakeDue(clock.GetCurrentInstant()))
            {
                await EvaluateAsync(id, stoppingToken);
            }

            var wait = more ? TimeSpan.Zero : _schedule.NextDueAt is { } due ? (due - clock.GetCurrentInstant()).ToTimeSpan() : Timeout.InfiniteTimeSpan;
            if (wait != Timeout.InfiniteTimeSpan)
            {
                wait = wait <= TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;
            }

            try
            {
                await dropFolder.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task EvaluateAsync(string id, CancellationToken cancellationToken)
    {
        if (store.Find(id) is not (var incident, var checkpoint))
        {
            return;
        }

        var now = clock.GetCurrentInstant();
        if (now < incident.DetectedAt)
        {
            _schedule.Schedule(id, incident.DetectedAt); // detected in the future: nothing to say before then
            return;
        }

        PolicyEvaluation result;
        EvaluationCheckpoint? next;
        try
        {
            // Resumed from the last evaluation's checkpoint: a wake-up costs what happened since, not a replay from detection.
            (result, next, _) = engine.EvaluateWithCheckpoint(incident, now, checkpoint);
        }
        catch (InvalidIncidentException e)
        {
            Log.Refused(logger, id, e.Message); // e.g. a severity the policy does not have: fix the record and drop it again
            return;
        }

        foreach (var message in Messages(incident, result))
        {
            if (store.WasSent(message.Key))
            {
                continue;
            }

            try
            {
                await notifier.SendAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not recorded as sent: the next try sends it, under the same key.
                Log.SendFailed(logger, message.Key, RetryAfter, e);
                _schedule.Schedule(id, clock.GetCurrentInstant() + RetryAfter);
                return;
            }

            store.MarkSent(message.Key, incident.Id, clock.GetCurrentInstant());
        }

        store.SetEvaluated(id, result.NextEvaluationAt, next);
        _schedule.Reschedule(id, result.NextEvaluationAt);
        Log.Evaluated(logger, id, result.Severity, result.NextEvaluationAt);
    }

    /// <summary>
    /// The result's notifications and diagnostics as messages with deterministic keys, then the procedure's messages
    /// that fell due (<see cref="DueMessages"/>: the initial alert, a status update where IRP5001 reports one fell due,
    /// a customer update where IRP5003 does), keyed <c>&lt;incidentId&gt;/message/&lt;kind&gt;/&lt;due&gt;</c> so each goes out once.
    /// </summary>
    private IEnumerable<OutgoingMessage> Messages(IncidentRecord incident, PolicyEvaluation result)
    {
        foreach (var n in result.Notifications)
        {
            yield return new OutgoingMessage(n.Key, incident.Id, n.At, $"notify {n.Recipient} by {n.Channel}: {n.Reason}") { Notification = n };
        }

        // A diagnostic's key is <incidentId>/<ruleId>/<at>; two of one rule at one instant (rare) are told
        // apart by their rank, which is stable because diagnostics are ordered by instant, ID and message.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in result.Diagnostics)
        {
            var key = $"{incident.Id}/{d.Id}/{InstantPattern.ExtendedIso.Format(d.At)}";
            var count = seen[key] = seen.GetValueOrDefault(key) + 1;
            yield return new OutgoingMessage(count == 1 ? key : $"{key}#{count}", incident.Id, d.At, $"{d.Id} {d.Severity}: {d.Message}") { Diagnostic = d };
        }

        foreach (var due in DueMessages.In(incident, result))
        {
            var message = composer.Compose(incident, result, due.Kind, MessageFormat.Slack);
            yield return new OutgoingMessage(due.Key, incident.Id, due.Due, message.Text) { Message = message };
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Evaluated {Id}: {Severity}; next evaluation at {Next} (null: the result never changes again)")]
        public static partial void Evaluated(ILogger logger, string id, SeverityLevel severity, Instant? next);

        [LoggerMessage(Level = LogLevel.Error, Message = "Sending {Key} failed; the incident is tried again in {RetryAfter}")]
        public static partial void SendFailed(ILogger logger, string key, Duration retryAfter, Exception exception);

        [LoggerMessage(Level = LogLevel.Error, Message = "Incident {Id} is refused by the policy: {Problems}")]
        public static partial void Refused(ILogger logger, string id, string problems);
    }
}
