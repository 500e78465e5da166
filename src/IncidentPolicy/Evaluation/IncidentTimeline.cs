using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules.Communication;
using IncidentPolicy.Rules.Escalation;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Rules.Response;
using IncidentPolicy.Rules.Review;
using NodaTime;
using NRules;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// One evaluation in one NRules session. The facts of the record go in; this class moves the clock from
/// one moment to the next (the next recorded event, or the earliest due timer) and the rules derive every
/// change within a moment; the result is read from the facts left. Then the timeline runs on past the
/// evaluation instant until the first moment with an observable change: that instant is
/// <c>nextEvaluationAt</c>.
/// </summary>
/// <remarks>
/// The clock is driven here, not by rules, because NRules propagates every single insert or retract
/// through every type node of the network: an "advance" rule with its <c>Not&lt;Timer&gt;</c> joins, an
/// event cursor fact replaced per event and one cleanup activation per transient fact cost about 40 %
/// of an evaluation (docs/performance.md). Here a moment costs one insert of its happening and one
/// batched retract of its transient facts.
/// </remarks>
internal sealed class IncidentTimeline(ISession session, IncidentRecord incident, Instant at)
{
    private readonly List<object> _transients = new(8);
    private SequencedEvent[] _events = [];
    private int _nextEvent;

    public PolicyEvaluation Evaluate()
    {
        _events = SortedEvents();
        session.InsertAll(InitialFacts());
        RunMoment();
        while (Advance(at))
        {
            RunMoment();
        }

        var evaluation = ReadResult();
        return evaluation with { NextEvaluationAt = FirstChangeAfterEvaluation() };
    }

    /// <summary>
    /// The look-ahead: the same timeline past <c>at</c>, events recorded after it included, until the
    /// first moment that changes a field of the result (or nothing is left to happen).
    /// </summary>
    private Instant? FirstChangeAfterEvaluation()
    {
        while (Advance(Instant.MaxValue))
        {
            RunMoment();
            Instant? first = null;
            foreach (var change in session.Query<IObservableChange>())
            {
                if (change.ChangedAt > at && (first is null || change.ChangedAt < first))
                {
                    first = change.ChangedAt;
                }
            }

            if (first is not null)
            {
                return first;
            }
        }

        return null;
    }

    /// <summary>Lets every rule react to the moment's happening, then removes the moment's transient facts in one batch.</summary>
    private void RunMoment()
    {
        session.Fire();
        _transients.Clear();
        foreach (var fact in session.Query<ITransientFact>())
        {
            _transients.Add(fact);
        }

        if (_transients.Count > 0)
        {
            session.RetractAll(_transients);
        }
    }

    /// <summary>
    /// Moves to the next happening not after <paramref name="horizon"/>: the next recorded event, unless a
    /// timer is due strictly before it (an event at a timer's instant goes first: "an acknowledgement
    /// exactly at its deadline is in time"); timers due at the same instant elapse in <see cref="Timer.Order"/>.
    /// </summary>
    private bool Advance(Instant horizon)
    {
        Timer? timer = null;
        foreach (var candidate in session.Query<Timer>())
        {
            if (timer is null || candidate.DueAt < timer.DueAt || (candidate.DueAt == timer.DueAt && candidate.Order < timer.Order))
            {
                timer = candidate;
            }
        }

        if (_nextEvent < _events.Length)
        {
            var next = _events[_nextEvent];
            if (next.Event.At <= horizon && (timer is null || next.Event.At <= timer.DueAt))
            {
                _nextEvent++;
                session.Insert(EventOccurred.Of(next));
                return true;
            }
        }

        if (timer is not null && timer.DueAt <= horizon)
        {
            session.Retract(timer);
            session.Insert(timer.Elapse());
            return true;
        }

        return false;
    }

    private object[] InitialFacts()
    {
        var detectedAt = incident.DetectedAt;
        return
        [
            new TrackedIncident(incident),
            new IncidentDetected(incident),
            CurrentSeverity.Unclassified(detectedAt),
            new CurrentImpact(incident.Impact, null),
            RoleRoster.Empty,
            LastMitigation.None,
            new StatusState(IncidentStatus.Open, detectedAt),
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
        string? channel = null;
        Instant? responseBy = null, nextUpdateBy = null, escalatesAt = null, earliestResolveAt = null, reviewBy = null;
        var history = new List<HistoryEntry>();
        var notifications = new List<NotificationSent>();
        var diagnostics = new List<PolicyDiagnostic>();

        foreach (var fact in session.Query<object>())
        {
            switch (fact)
            {
                case CurrentSeverity s: severity = s; break;
                case StatusState s: status = s; break;
                case ChannelNamed c: channel = c.Name; break;
                case HistoryEntry h: history.Add(h); break;
                case NotificationSent n: notifications.Add(n); break;
                case DiagnosticReported d: diagnostics.Add(d.Diagnostic); break;
                case ResponseTimer t: responseBy = t.DueAt; break;
                case DeadlineOutcome { Kind: DeadlineKind.Response } o: responseBy = o.DueAt; break;
                case UpdateTimer t: nextUpdateBy = t.DueAt; break;
                case EscalationTimer t: escalatesAt = t.DueAt; break;
                case EarliestResolve e: earliestResolveAt = e.Value; break;
                case ReviewTimer t: reviewBy = t.DueAt; break;
                case DeadlineOutcome { Kind: DeadlineKind.Review } o: reviewBy = o.DueAt; break;
            }
        }

        // Stable sorts, as LINQ's OrderBy was: equal keys keep the order the facts were read in.
        StableSort(history, static (a, b) => a.Sequence.CompareTo(b.Sequence));
        var sortedNotifications = StableSort(notifications, static (a, b) =>
            a.Notification.At != b.Notification.At ? a.Notification.At.CompareTo(b.Notification.At)
            : a.EntrySequence != b.EntrySequence ? a.EntrySequence.CompareTo(b.EntrySequence)
            : a.RecipientIndex.CompareTo(b.RecipientIndex));
        var sortedDiagnostics = StableSort(diagnostics, static (a, b) =>
            a.At != b.At ? a.At.CompareTo(b.At)
            : string.CompareOrdinal(a.Id, b.Id) is var byId and not 0 ? byId
            : string.CompareOrdinal(a.Message, b.Message));

        var historyBuilder = ImmutableArray.CreateBuilder<SeverityChange>(history.Count);
        foreach (var entry in history)
        {
            historyBuilder.Add(entry.Change);
        }

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
            Channel = channel,
            SeverityHistory = historyBuilder.MoveToImmutable(),
            Deadlines = new IncidentDeadlines(responseBy, nextUpdateBy, escalatesAt, earliestResolveAt, reviewBy),
            Notifications = notificationBuilder.MoveToImmutable(),
            Diagnostics = [.. sortedDiagnostics],
            NextEvaluationAt = null,
        };
    }

    /// <summary>A stable sort (insertion sort: the lists are short, and mostly in order already).</summary>
    private static List<T> StableSort<T>(List<T> items, Comparison<T> comparison)
    {
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
