using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Rules.Triage;
using NodaTime;
using NRules;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// One evaluation in one NRules session. The facts of the record go in; this class moves the clock from
/// one moment to the next (the next recorded event, or the earliest due timer) and keeps the record's
/// state (impact, roles, last mitigation, status, resolution); the policy's rules derive every change
/// within a moment; the result is read from the facts left. Then the timeline runs on past the
/// evaluation instant until the first moment with an observable change: that instant is
/// <c>nextEvaluationAt</c>.
/// </summary>
/// <remarks>
/// The clock and the record's bookkeeping are driven here, not by rules, because NRules propagates every
/// single insert or retract through every type node of the network, so an evaluation costs about its
/// number of fact operations (docs/performance.md). Here a moment costs two batches: one retract (the
/// last moment's transient facts, the state the happening replaces, an elapsed timer) and one insert
/// (the happening and the new state); the rules add what the policy derives from it.
/// </remarks>
internal sealed class IncidentTimeline(ISession session, IncidentRecord incident, Instant at)
{

    private readonly List<object> _retract = new(8);
    private readonly List<object> _insert = new(4);

    /// <summary>
    /// The outputs of a checkpoint that no rule matches (history entries, diagnostics): read into the result
    /// with the session's facts, never inserted, so a resume costs what is new, not the incident's age. Each
    /// list is kept in the result's order, so the result and the next checkpoint merge what is new into it
    /// instead of sorting the incident's whole history again.
    /// </summary>
    private readonly List<HistoryEntry> _carriedHistory = [];
    private readonly List<DiagnosticReported> _carriedDiagnostics = [];
    private SequencedEvent[] _events = [];
    private int _nextEvent;
    private ImpactAssessment _impact = null!;
    private RoleRoster _roster = RoleRoster.Empty;
    private LastMitigation _mitigation = LastMitigation.None;
    private StatusState _status = null!;
    private PhaseState _phase = null!;

    /// <summary>
    /// The state facts after every moment before <c>at</c> (the detection always included), when the evaluation
    /// was asked for a checkpoint and the state can be carried; otherwise <see langword="null"/>.
    /// </summary>
    public List<object>? CheckpointState { get; private set; }

    /// <summary>The impact as assessed last before <c>at</c>, with <see cref="CheckpointState"/>.</summary>
    public ImpactAssessment CheckpointImpact { get; private set; } = null!;

    /// <summary>
    /// Replays the record from detection, or continues from <paramref name="resumeFrom"/> (a checkpoint of the same
    /// record before <c>at</c>, already checked, and its facts restored for this policy); with
    /// <paramref name="takeCheckpoint"/>, keeps the state before <c>at</c> in <see cref="CheckpointState"/>.
    /// </summary>
    public PolicyEvaluation Evaluate((EvaluationCheckpoint Checkpoint, IReadOnlyList<object> Facts)? resumeFrom, bool takeCheckpoint)
    {
        _events = SortedEvents();
        if (resumeFrom is { } resume)
        {
            Restore(resume.Checkpoint, resume.Facts);
        }
        else
        {
            session.InsertAll(InitialFacts());
            session.Fire();
        }

        if (takeCheckpoint)
        {
            // Moments at `at` itself are left out of the checkpoint: an event recorded later at that instant goes
            // before the timers due at it, so those moments are replayed on resume. The detection is always in.
            var before = at - Duration.Epsilon;
            while (Advance(before))
            {
                session.Fire();
            }

            CheckpointState = TakeState();
            CheckpointImpact = _impact;
        }

        while (Advance(at))
        {
            session.Fire();
        }

        var evaluation = ReadResult();
        return evaluation with { NextEvaluationAt = FirstChangeAfterEvaluation() };
    }

    /// <summary>
    /// The state facts between two moments (the transient facts are gone, no rule is waiting to fire), or
    /// <see langword="null"/> when the session holds a fact a checkpoint cannot carry.
    /// </summary>
    private List<object>? TakeState()
    {
        if (!session.Agenda.IsEmpty)
        {
            return null;
        }

        var state = new List<object>(24 + _carriedHistory.Count + _carriedDiagnostics.Count);
        var history = new List<HistoryEntry>();
        var diagnostics = new List<DiagnosticReported>();
        foreach (var fact in session.Query<object>())
        {
            switch (fact)
            {
                case TrackedIncident:
                    continue;
                case HistoryEntry entry:
                    history.Add(entry);
                    continue;
                case DiagnosticReported diagnostic:
                    diagnostics.Add(diagnostic);
                    continue;
            }

            if (!Resume.CheckpointFactCodec.IsCarried(fact))
            {
                return null;
            }

            state.Add(fact);
        }

        // The outputs in the result's order: the carried ones first on equal keys, as the result reads them.
        Merge(_carriedHistory, StableSort(history, ByHistoryOrder), ByHistoryOrder, state, static h => (object)h);
        Merge(_carriedDiagnostics, StableSort(diagnostics, ByDiagnosticOrder), ByDiagnosticOrder, state, static d => (object)d);
        return state;
    }

    /// <summary>
    /// Puts the state of a checkpoint back in the session, as it was between two moments: the rules already
    /// reacted to these facts when they were derived, so what they would do on this insert is dropped, not fired.
    /// </summary>
    private void Restore(EvaluationCheckpoint checkpoint, IReadOnlyList<object> facts)
    {
        // The carried outputs are most of an old incident's checkpoint: their lists are sized once, the session's facts are few.
        var inserted = new List<object>(32) { new TrackedIncident(incident) };
        _carriedDiagnostics.Capacity = facts.Count;
        foreach (var fact in facts)
        {
            switch (fact)
            {
                case RoleRoster roster: _roster = roster; break;
                case LastMitigation mitigation: _mitigation = mitigation; break;
                case StatusState status: _status = status; break;
                case PhaseState phase: _phase = phase; break;
                case HistoryEntry entry:
                    _carriedHistory.Add(entry);
                    continue;
                case DiagnosticReported diagnostic:
                    _carriedDiagnostics.Add(diagnostic);
                    continue;
            }

            inserted.Add(fact);
        }

        // A checkpoint taken here lists them in order already; one read from its JSON lists them by kind and values.
        StableSortUnlessSorted(_carriedHistory, ByHistoryOrder);
        StableSortUnlessSorted(_carriedDiagnostics, ByDiagnosticOrder);
        _impact = checkpoint.Impact;
        _nextEvent = checkpoint.EventCount;
        session.InsertAll(inserted);
        session.Agenda.Clear();
    }

    /// <summary>
    /// The look-ahead: the same timeline past <c>at</c>, events recorded after it included, until the
    /// first moment that changes a field of the result (or nothing is left to happen). A deadline set again to
    /// the instant it already had (a status update whose cadence ends where the last one did, as a business-day
    /// cadence does within one day) changes no field, so it is no change.
    /// </summary>
    private Instant? FirstChangeAfterEvaluation()
    {
        var deadlinesBefore = ObservableDeadlines();
        while (Advance(Instant.MaxValue))
        {
            session.Fire();
            Instant? first = null;
            foreach (var change in session.Query<IObservableChange>())
            {
                if (change.ChangedAt > at
                    && (first is null || change.ChangedAt < first)
                    && !(change is RuleTimer timer && deadlinesBefore.Contains((timer.Deadline, timer.DueAt))))
                {
                    first = change.ChangedAt;
                }
            }

            if (first is not null)
            {
                return first;
            }

            deadlinesBefore = ObservableDeadlines();
        }

        return null;
    }

    /// <summary>The deadlines the result shows now: each observable timer's kind and due instant.</summary>
    private HashSet<(Deadline Deadline, Instant DueAt)> ObservableDeadlines()
    {
        var deadlines = new HashSet<(Deadline, Instant)>();
        foreach (var change in session.Query<IObservableChange>())
        {
            if (change is RuleTimer timer)
            {
                deadlines.Add((timer.Deadline, timer.DueAt));
            }
        }

        return deadlines;
    }

    /// <summary>
    /// Moves to the next happening not after <paramref name="horizon"/>: the next recorded event, unless a
    /// timer is due strictly before it (an event at a timer's instant goes first: "an acknowledgement
    /// exactly at its deadline is in time"); timers due at the same instant elapse in <see cref="Deadline.TimerOrder"/>.
    /// The last moment's transient facts leave in the same batch as the state the new moment replaces.
    /// </summary>
    private bool Advance(Instant horizon)
    {
        RuleTimer? timer = null;
        _retract.Clear();
        _insert.Clear();
        foreach (var fact in session.Query<object>())
        {
            if (fact is ITransientFact)
            {
                _retract.Add(fact);
            }
            else if (fact is RuleTimer candidate
                && (timer is null || candidate.DueAt < timer.DueAt
                    || (candidate.DueAt == timer.DueAt && candidate.Deadline.TimerOrder < timer.Deadline.TimerOrder)))
            {
                timer = candidate;
            }
        }

        var happened = false;
        while (_nextEvent < _events.Length && _events[_nextEvent].Event.At <= horizon && (timer is null || _events[_nextEvent].Event.At <= timer.DueAt))
        {
            // After resolution only the events that apply then occur (the review's, a cause, an all-clear); others stay in the record and never occur.
            var next = _events[_nextEvent++];
            if (!_status.IsResolved || next.Event.AppliesAfterResolution)
            {
                Record(next);
                happened = true;
                break;
            }
        }

        if (!happened && timer is not null && timer.DueAt <= horizon)
        {
            _retract.Add(timer);
            _insert.Add(timer.Elapse());
            happened = true;
        }

        if (_retract.Count > 0)
        {
            session.RetractAll(_retract);
        }

        if (happened)
        {
            session.InsertAll(_insert);
        }

        return happened;
    }

    /// <summary>
    /// A recorded event happens: it is applied to the record's state (the impact, the roles, the last
    /// mitigation, the status, the resolution) and occurs, all in one batch, before any rule reacts.
    /// </summary>
    private void Record(SequencedEvent next)
    {
        var occurred = EventOccurred.Of(next);
        _insert.Add(occurred);
        switch (next.Event)
        {
            case ImpactReassessed reassessed:
                // Fields the reassessment leaves out keep their values; classification rules react to ImpactAssessed.
                _impact = _impact.With(reassessed.Impact);
                _insert.Add(new ImpactAssessed(_impact, next.Event.At));
                break;
            case RoleAssigned assigned:
                var before = _roster;
                Replace(ref _roster, _roster.With(assigned.Role, assigned.Person, occurred));
                _insert.Add(new RosterChanged(before, _roster, next.Event.At));
                break;
            case MitigationApplied:
                // The verification window restarts from the last mitigation; the first one makes an open incident mitigated.
                Replace(ref _mitigation, new LastMitigation(next.Event.At, occurred));
                if (_status.Status == IncidentStatus.Open)
                {
                    Replace(ref _status, new StatusState(IncidentStatus.Mitigated, next.Event.At));
                }

                MovePhase(IncidentPhase.Mitigating, next.Event.At);
                break;
            case CauseIdentified:
                MovePhase(IncidentPhase.Identified, next.Event.At);
                break;
            case Resolved:
                Replace(ref _status, new StatusState(IncidentStatus.Resolved, next.Event.At));
                MovePhase(IncidentPhase.Resolved, next.Event.At);
                break;
        }
    }

    /// <summary>The phase moves on to <paramref name="phase"/> when it is further than the current one; it never goes back.</summary>
    private void MovePhase(IncidentPhase phase, Instant at)
    {
        if (phase > _phase.Phase)
        {
            Replace(ref _phase, new PhaseState(phase, at));
        }
    }

    private void Replace<T>(ref T current, T next)
        where T : class
    {
        _retract.Add(current);
        _insert.Add(next);
        current = next;
    }

    /// <summary>The state at detection, and the detection itself: the first moment, where the impact is assessed.</summary>
    private object[] InitialFacts()
    {
        var detectedAt = incident.DetectedAt;
        _impact = incident.Impact;
        _status = new StatusState(IncidentStatus.Open, detectedAt);
        _phase = new PhaseState(IncidentPhase.Investigating, detectedAt);
        return
        [
            new TrackedIncident(incident),
            new IncidentDetected(incident),
            new ImpactAssessed(incident.Impact, detectedAt),
            CurrentSeverity.Unclassified(detectedAt),
            CurrentClassification.None,
            _roster,
            _mitigation,
            _status,
            _phase,
            new EarliestResolve(null, detectedAt),
        ];
    }

    /// <summary>The events by instant, with a stable sort: events at the same instant keep the record's order.</summary>
    private SequencedEvent[] SortedEvents()
    {
        var recorded = incident.Events;
        if (recorded.IsDefaultOrEmpty)
        {
            return [];
        }

        var events = new SequencedEvent[recorded.Length];
        var sorted = true;
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = new SequencedEvent(recorded[i], i);
            sorted &= i == 0 || recorded[i - 1].At <= recorded[i].At;
        }

        if (!sorted)
        {
            Array.Sort(events, static (a, b) => a.Event.At != b.Event.At ? a.Event.At.CompareTo(b.Event.At) : a.RecordIndex.CompareTo(b.RecordIndex));
        }

        return events;
    }

    private PolicyEvaluation ReadResult()
    {
        CurrentSeverity? severity = null;
        StatusState? status = null;
        PhaseState? phase = null;
        string? channel = null;
        var deadlines = new Instant?[Deadline.All.Length];
        var history = new List<HistoryEntry>();
        var notifications = new List<NotificationSent>();
        var diagnostics = new List<DiagnosticReported>();

        foreach (var fact in session.Query<object>())
        {
            switch (fact)
            {
                case CurrentSeverity s: severity = s; break;
                case StatusState s: status = s; break;
                case PhaseState p: phase = p; break;
                case ChannelNamed c: channel = c.Name; break;
                case HistoryEntry h: history.Add(h); break;
                case NotificationSent n: notifications.Add(n); break;
                case DiagnosticReported d: diagnostics.Add(d); break;
                case RuleTimer { Deadline.IsInResult: true } t: deadlines[t.Deadline.Index] = t.DueAt; break;
                case DeadlineOutcome o: deadlines[o.Deadline.Index] = o.DueAt; break;
                case EarliestResolve e: deadlines[Deadline.EarliestResolveAt.Index] = e.Value; break;
            }
        }

        // Stable sorts, as LINQ's OrderBy was: equal keys keep the order the facts were read in (a checkpoint's first).
        var historyBuilder = Merge(
            _carriedHistory, StableSort(history, ByHistoryOrder), ByHistoryOrder, ImmutableArray.CreateBuilder<SeverityChange>(_carriedHistory.Count + history.Count), static h => h.Change);
        var sortedNotifications = StableSort(notifications, static (a, b) =>
            a.Notification.At != b.Notification.At ? a.Notification.At.CompareTo(b.Notification.At)
            : a.EntrySequence != b.EntrySequence ? a.EntrySequence.CompareTo(b.EntrySequence)
            : a.RecipientIndex.CompareTo(b.RecipientIndex));
        var sortedDiagnostics = Merge(
            _carriedDiagnostics, StableSort(diagnostics, ByDiagnosticOrder), ByDiagnosticOrder, ImmutableArray.CreateBuilder<PolicyDiagnostic>(_carriedDiagnostics.Count + diagnostics.Count), static d => d.Diagnostic);

        var notificationBuilder = ImmutableArray.CreateBuilder<Notification>(sortedNotifications.Count);
        foreach (var sent in sortedNotifications)
        {
            notificationBuilder.Add(sent.Notification);
        }

        return new PolicyEvaluation
        {
            IncidentId = incident.Id,
            EvaluatedAt = at,
            Severity = severity!.Level!.Level,
            PeakSeverity = severity.Peak!.Level,
            Status = status!.Status,
            Phase = phase!.Phase,
            Channel = channel,
            SeverityHistory = historyBuilder.MoveToImmutable(),
            Deadlines = new IncidentDeadlines(d => deadlines[d.Index]),
            Notifications = notificationBuilder.MoveToImmutable(),
            Diagnostics = sortedDiagnostics.MoveToImmutable(),
            NextEvaluationAt = null,
        };
    }

    private static readonly Comparison<HistoryEntry> ByHistoryOrder = static (a, b) => a.Sequence.CompareTo(b.Sequence);

    private static readonly Comparison<DiagnosticReported> ByDiagnosticOrder = static (a, b) =>
        a.Diagnostic.At != b.Diagnostic.At ? a.Diagnostic.At.CompareTo(b.Diagnostic.At)
        : string.CompareOrdinal(a.Diagnostic.Id, b.Diagnostic.Id) is var byId and not 0 ? byId
        : string.CompareOrdinal(a.Diagnostic.Message, b.Diagnostic.Message);

    /// <summary>
    /// Adds to <paramref name="into"/> what <paramref name="select"/> reads of the items of two sorted lists, in order,
    /// those of <paramref name="first"/> before those of <paramref name="second"/> on equal keys: the stable sort of
    /// the two lists one after the other.
    /// </summary>
    private static TList Merge<T, TInto, TList>(List<T> first, List<T> second, Comparison<T> comparison, TList into, Func<T, TInto> select)
        where TList : ICollection<TInto>
    {
        var i = 0;
        var j = 0;
        while (i < first.Count || j < second.Count)
        {
            if (j == second.Count || (i < first.Count && comparison(first[i], second[j]) <= 0))
            {
                into.Add(select(first[i++]));
            }
            else
            {
                into.Add(select(second[j++]));
            }
        }

        return into;
    }

    private static void StableSortUnlessSorted<T>(List<T> items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (comparison(items[i - 1], items[i]) > 0)
            {
                StableSort(items, comparison);
                return;
            }
        }
    }

    /// <summary>
    /// A stable sort: insertion sort for the short lists of a typical incident; for long ones (an incident's
    /// outputs carried from a checkpoint, in no particular order) an O(n log n) sort with the position as the
    /// last key.
    /// </summary>
    private static List<T> StableSort<T>(List<T> items, Comparison<T> comparison)
    {
        if (items.Count > 32)
        {
            var indexed = new (T Item, int Position)[items.Count];
            for (var i = 0; i < indexed.Length; i++)
            {
                indexed[i] = (items[i], i);
            }

            Array.Sort(indexed, (a, b) => comparison(a.Item, b.Item) is var order and not 0 ? order : a.Position.CompareTo(b.Position));
            for (var i = 0; i < indexed.Length; i++)
            {
                items[i] = indexed[i].Item;
            }

            return items;
        }

        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && comparison(items[j], item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }

        return items;
    }
}
