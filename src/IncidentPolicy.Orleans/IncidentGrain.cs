using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using Orleans;
using Orleans.Runtime;

namespace IncidentPolicy.Orleans;

/// <summary>
/// The incident grain. Every wake-up (an event, the timer, the reminder, activation) runs <see cref="WakeAsync"/>:
/// evaluate at the real instant, resumed from the checkpoint; deliver each message not delivered yet, storing its
/// key after each delivery; then store the checkpoint and the next wake-up, and set the timer and the reminder.
/// </summary>
/// <remarks>
/// The order of the writes is what makes delivery at least once under one key: an accepted event is stored before
/// anything is delivered, and the reminder is due no later than the first undelivered message's retry, so a silo
/// that dies at any point leaves storage that wakes the incident elsewhere and delivers what is missing. A key is
/// stored only after its delivery returned: a death between the two delivers it again, under the same key (the
/// key comes from the evaluation, which is the same on every silo).
/// </remarks>
internal sealed partial class IncidentGrain : Grain, IIncidentGrain, IRemindable
{
    internal const string ReminderName = "incident-policy-wake";

    // Timers and reminders take at most about 49 days; a longer wait is cut into several, which changes nothing.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    private readonly IPersistentState<IncidentGrainState> _state;
    private readonly PolicyEngine _engine;
    private readonly MessageComposer _composer;
    private readonly IClock _clock;
    private readonly IIncidentNotifier _notifier;
    private readonly IncidentGrainOptions _options;
    private readonly ILogger<IncidentGrain> _logger;
    private IGrainTimer? _timer;
    private IncidentRecord? _record;
    private EvaluationCheckpoint? _checkpoint;

    public IncidentGrain(
        IGrainContext context,
        IPersistentStateFactory stateFactory,
        PolicyEngine engine,
        IClock clock,
        IIncidentNotifier notifier,
        IOptions<IncidentGrainOptions> options,
        ILogger<IncidentGrain> logger)
    {
        ArgumentNullException.ThrowIfNull(stateFactory);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _state = stateFactory.Create<IncidentGrainState>(context, new StateConfiguration("incident", _options.StorageName));
        _engine = engine;
        _composer = new MessageComposer(engine);
        _clock = clock;
        _notifier = notifier;
        _logger = logger;
    }

    private IncidentGrainState State => _state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.RecordJson is { } json)
        {
            _record = IncidentJson.ReadIncident(json, source: $"incident grain {this.GetPrimaryKeyString()}");
            _checkpoint = ReadCheckpoint(State.CheckpointJson);
            SetTimer(State.NextWakeAt); // a wake-up missed while no silo held the incident is taken now
        }

        return Task.CompletedTask;
    }

    public async Task<RecordingOutcome> OpenAsync(string recordJson)
    {
        ArgumentNullException.ThrowIfNull(recordJson);
        IncidentRecord record;
        try
        {
            record = _engine.ReadIncident(recordJson, source: "record"); // with the policy's levels: a record read here is one the engine evaluates
        }
        catch (InvalidIncidentException e)
        {
            return Refuse(e.Problems.Select(p => new RecordingProblem(p.Path, p.Message)));
        }

        if (!string.Equals(record.Id, this.GetPrimaryKeyString(), StringComparison.Ordinal))
        {
            return Refuse([new RecordingProblem("$.id", $"expected the grain's key '{this.GetPrimaryKeyString()}', got '{record.Id}'")]);
        }

        var stored = IncidentJson.WriteIncident(record, indented: false);
        if (State.RecordJson is { } existing)
        {
            return string.Equals(existing, stored, StringComparison.Ordinal)
                ? RecordingOutcome.Accept
                : Refuse([new RecordingProblem("$", "the incident is already open with another record: record its events instead")]);
        }

        _record = record;
        _checkpoint = null;
        State.RecordJson = stored;
        State.CheckpointJson = null;
        await _state.WriteStateAsync(); // stored before anything is delivered or acknowledged
        await WakeAsync();
        return RecordingOutcome.Accept;
    }

    public async Task<RecordingOutcome> RecordEventAsync(string eventJson, bool stampArrival = false)
    {
        ArgumentNullException.ThrowIfNull(eventJson);
        if (State.RecordJson is not { } recordJson)
        {
            return Refuse([new RecordingProblem("$", $"incident '{this.GetPrimaryKeyString()}' is not open: open it with its record first")]);
        }

        string? stampAt = null;
        if (stampArrival)
        {
            var at = _clock.GetCurrentInstant();
            if (State.LastEvaluatedAt is { } last && Instant.FromDateTimeOffset(last) > at)
            {
                at = Instant.FromDateTimeOffset(last); // never before what was already evaluated (a clock behind on this silo)
            }

            stampAt = InstantPattern.ExtendedIso.Format(at);
        }

        var combined = EventDocument.Append(recordJson, eventJson, stampAt, out var index, out var malformed);
        if (combined is null)
        {
            return Refuse([malformed!]);
        }

        IncidentRecord record;
        try
        {
            record = _engine.ReadIncident(combined, source: "event");
        }
        catch (InvalidIncidentException e)
        {
            return Refuse(e.Problems.Select(p => EventDocument.Relocate(p.Path, p.Message, index)));
        }

        _record = record;
        State.RecordJson = IncidentJson.WriteIncident(record, indented: false);
        await _state.WriteStateAsync(); // stored before anything is delivered or acknowledged
        await WakeAsync();
        return RecordingOutcome.Accept;
    }

    public Task<IncidentSnapshot> GetSnapshotAsync(DateTimeOffset? at = null)
    {
        var instant = at is { } given ? Instant.FromDateTimeOffset(given) : _clock.GetCurrentInstant();
        string? evaluationJson = null;
        var pending = ImmutableArray<string>.Empty;
        if (_record is not null && instant >= _record.DetectedAt)
        {
            var evaluation = _engine.EvaluateWithCheckpoint(_record, instant, _checkpoint).Evaluation;
            evaluationJson = IncidentJson.WriteEvaluation(evaluation, indented: false);
            var delivered = State.DeliveredKeys.ToHashSet(StringComparer.Ordinal);
            pending = [.. IncidentMessages.From(_record, evaluation, _composer).Select(m => m.Key).Where(k => !delivered.Contains(k))];
        }

        return Task.FromResult(new IncidentSnapshot
        {
            Opened = _record is not null,
            At = instant.ToDateTimeOffset(),
            RecordJson = State.RecordJson,
            EvaluationJson = evaluationJson,
            LastEvaluatedAt = State.LastEvaluatedAt,
            NextWakeAt = State.NextWakeAt,
            DeliveredKeys = [.. State.DeliveredKeys],
            PendingKeys = pending,
        });
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (_record is null || State.NextWakeAt is not { } due)
        {
            await StopReminderAsync(); // nothing left to wake for
            return;
        }

        if (_clock.GetCurrentInstant() >= Instant.FromDateTimeOffset(due))
        {
            var id = this.GetPrimaryKeyString();
            Log.WokenByReminder(_logger, id, due);
            await WakeAsync();
        }
        else
        {
            SetTimer(due); // early: the timer takes it at the exact instant
        }
    }

    /// <summary>Evaluates now, delivers what is new, stores the result and schedules the next wake-up.</summary>
    private async Task WakeAsync()
    {
        if (_record is not { } record)
        {
            return;
        }

        var now = _clock.GetCurrentInstant();
        if (now < record.DetectedAt)
        {
            await ScheduleAsync(record.DetectedAt); // detected in the future: nothing to say before then
            return;
        }

        CheckpointedEvaluation evaluated;
        try
        {
            evaluated = _engine.EvaluateWithCheckpoint(record, now, _checkpoint);
        }
        catch (InvalidIncidentException e)
        {
            // Accepted under another policy (the silos were deployed with a new one): nothing to deliver until fixed.
            var id = this.GetPrimaryKeyString();
            Log.RefusedByPolicy(_logger, id, e.Message);
            await ScheduleAsync(null);
            return;
        }

        var delivered = State.DeliveredKeys.ToHashSet(StringComparer.Ordinal);
        var undelivered = IncidentMessages.From(record, evaluated.Evaluation, _composer).Where(m => !delivered.Contains(m.Key)).ToList();
        if (undelivered.Count > 0 && !(State.ReminderDueAt is { } reminderDue && Instant.FromDateTimeOffset(reminderDue) <= now))
        {
            // Durable before the first delivery: a silo that dies from here on leaves a reminder that finishes the job.
            // A reminder already due (this is its wake-up, or the timer's at its instant) ticks again within its period.
            await EnsureReminderAsync(now + Duration.FromTimeSpan(_options.RetryAfter));
        }

        foreach (var message in undelivered)
        {
            try
            {
                await _notifier.DeliverAsync(message, CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.DeliveryFailed(_logger, message.Key, _options.RetryAfter, e);
                await ScheduleAsync(_clock.GetCurrentInstant() + Duration.FromTimeSpan(_options.RetryAfter));
                return;
            }

            State.DeliveredKeys.Add(message.Key);
            await _state.WriteStateAsync(); // after the delivery: a death in between delivers it again, same key
        }

        _checkpoint = evaluated.Checkpoint;
        State.CheckpointJson = _checkpoint is null ? null : CheckpointJson.Write(_checkpoint);
        State.LastEvaluatedAt = now.ToDateTimeOffset();
        await ScheduleAsync(evaluated.Evaluation.NextEvaluationAt);
    }

    /// <summary>Stores the next wake-up, then sets the timer for its exact instant and the reminder as the backstop.</summary>
    private async Task ScheduleAsync(Instant? next)
    {
        State.NextWakeAt = next?.ToDateTimeOffset();
        await _state.WriteStateAsync();
        SetTimer(State.NextWakeAt);
        if (next is { } due)
        {
            await EnsureReminderAsync(due);
        }
        else
        {
            await StopReminderAsync();
        }
    }

    private async Task EnsureReminderAsync(Instant due)
    {
        var dueAt = due.ToDateTimeOffset();
        if (State.ReminderDueAt == dueAt)
        {
            return;
        }

        var wait = Wait(due);
        await this.RegisterOrUpdateReminder(ReminderName, wait, _options.ReminderPeriod);
        State.ReminderDueAt = dueAt;
        await _state.WriteStateAsync();
    }

    private async Task StopReminderAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        if (State.ReminderDueAt is not null)
        {
            State.ReminderDueAt = null;
            await _state.WriteStateAsync();
        }
    }

    private void SetTimer(DateTimeOffset? next)
    {
        if (next is not { } at)
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var wait = Wait(Instant.FromDateTimeOffset(at));
        if (_timer is null)
        {
            _timer = this.RegisterGrainTimer(OnTimerAsync, new GrainTimerCreationOptions(wait, Timeout.InfiniteTimeSpan) { Interleave = false, KeepAlive = false });
        }
        else
        {
            _timer.Change(wait, Timeout.InfiniteTimeSpan);
        }
    }

    private Task OnTimerAsync(CancellationToken cancellationToken)
    {
        if (State.NextWakeAt is { } due && _clock.GetCurrentInstant() < Instant.FromDateTimeOffset(due))
        {
            SetTimer(due); // a wait cut short by LongestWait: wait again
            return Task.CompletedTask;
        }

        return WakeAsync();
    }

    private TimeSpan Wait(Instant at)
    {
        var wait = (at - _clock.GetCurrentInstant()).ToTimeSpan();
        return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;
    }

    private static RecordingOutcome Refuse(IEnumerable<RecordingProblem> problems) => RecordingOutcome.Refuse([.. problems]);

    private static EvaluationCheckpoint? ReadCheckpoint(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return CheckpointJson.Read(json);
        }
        catch (InvalidCheckpointException)
        {
            return null; // only ever an optimisation: without it the record is replayed from detection
        }
    }

    private sealed record StateConfiguration(string StateName, string StorageName) : IPersistentStateConfiguration;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Incident {Id} woken by its reminder (due {Due})")]
        public static partial void WokenByReminder(ILogger logger, string id, DateTimeOffset due);

        [LoggerMessage(Level = LogLevel.Error, Message = "Delivering {Key} failed; the incident tries again in {RetryAfter}")]
        public static partial void DeliveryFailed(ILogger logger, string key, TimeSpan retryAfter, Exception exception);

        [LoggerMessage(Level = LogLevel.Error, Message = "Incident {Id} is refused by the policy: {Problems}")]
        public static partial void RefusedByPolicy(ILogger logger, string id, string problems);
    }
}
