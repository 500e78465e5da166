using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Rules.Communication;
using IncidentPolicy.Rules.Escalation;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Rules.Response;
using IncidentPolicy.Rules.Review;
using NodaTime;
using NRules;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// One evaluation in one NRules session. The facts of the record go in; the rules advance a timeline
/// from detection to the evaluation instant, moment by moment, and derive every change; the result is
/// read from the facts left. Then the horizon is lifted and the timeline runs on until the first
/// observable change: that instant is <c>nextEvaluationAt</c>.
/// </summary>
internal sealed class IncidentTimeline(ISession session, IncidentRecord incident, Instant at)
{
    public PolicyEvaluation Evaluate()
    {
        var horizon = Horizon.At(at);
        session.Insert(horizon);
        session.InsertAll(InitialFacts());
        session.Fire();
        var evaluation = ReadResult();

        session.Retract(horizon);
        session.Insert(horizon.Lifted());
        session.Fire();
        return evaluation with { NextEvaluationAt = FirstChangeAfterEvaluation() };
    }

    private IEnumerable<object> InitialFacts()
    {
        var detectedAt = incident.DetectedAt;
        yield return new TrackedIncident(incident);
        yield return new IncidentDetected(incident);
        yield return CurrentSeverity.Unclassified(detectedAt);
        yield return new CurrentImpact(incident.Impact, null);
        yield return RoleRoster.Empty;
        yield return LastMitigation.None;
        yield return new StatusState(IncidentStatus.Open, detectedAt);
        yield return new EarliestResolve(null, detectedAt);
        if (!incident.Events.IsDefaultOrEmpty)
        {
            // A stable sort: events at the same instant keep the record's order.
            ImmutableArray<SequencedEvent> events = [.. incident.Events.Select((e, i) => new SequencedEvent(e, i)).OrderBy(e => e.Event.At)];
            yield return new EventCursor(events, 0);
        }
    }

    private PolicyEvaluation ReadResult()
    {
        CurrentSeverity? severity = null;
        StatusState? status = null;
        string? channel = null;
        Instant? responseBy = null, nextUpdateBy = null, escalatesAt = null, earliestResolveAt = null, reviewBy = null;
        var history = new List<HistoryEntry>();
        var notifications = new List<NotificationSent>();
        var diagnostics = new List<Evaluation.PolicyDiagnostic>();

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

        return new PolicyEvaluation
        {
            IncidentId = incident.Id,
            EvaluatedAt = at,
            Severity = severity!.Level!.Level,
            PeakSeverity = severity.Peak!.Level,
            Status = status!.Status,
            Channel = channel,
            SeverityHistory = [.. history.OrderBy(h => h.Sequence).Select(h => h.Change)],
            Deadlines = new IncidentDeadlines(responseBy, nextUpdateBy, escalatesAt, earliestResolveAt, reviewBy),
            Notifications = [.. notifications
                .OrderBy(n => n.Notification.At)
                .ThenBy(n => n.EntrySequence)
                .ThenBy(n => n.RecipientIndex)
                .Select(n => n.Notification)],
            Diagnostics = [.. diagnostics
                .OrderBy(d => d.At)
                .ThenBy(d => d.Id, System.StringComparer.Ordinal)
                .ThenBy(d => d.Message, System.StringComparer.Ordinal)],
            NextEvaluationAt = null,
        };
    }

    private Instant? FirstChangeAfterEvaluation()
    {
        Instant? first = null;
        foreach (var change in session.Query<IObservableChange>())
        {
            if (change.ChangedAt > at && (first is null || change.ChangedAt < first))
            {
                first = change.ChangedAt;
            }
        }

        return first;
    }
}
