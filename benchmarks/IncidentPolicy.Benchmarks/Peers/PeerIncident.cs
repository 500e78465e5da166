using System;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Benchmarks.Peers;

/// <summary>What happens at one moment of an incident's timeline, for the peers.</summary>
public enum Happening
{
    None,
    Acknowledged,
    SeverityAssigned,
    ImpactReassessed,
    StatusUpdatePosted,
    Resolved,
    OtherEvent,
    EscalationDue,
    ResponseDue,
    UpdateDue,
    Finished,
}

/// <summary>Where a peer is within a moment: decide what the happening does, react to a rise, done.</summary>
public enum Stage
{
    Idle,
    Decide,
    React,
}

/// <summary>
/// The peers' shared state of one incident: the escalation, response-deadline and update-cadence logic
/// of the policy (IRP3001, IRP2001, IRP5001, with classification and manual assignment because they
/// set the level), replayed moment by moment in the engine's order. The peers differ only in who decides:
/// plain C# (<see cref="HandWrittenEvaluator"/>), RulesEngine expressions, or naive NRules rules. The
/// effects (what a decision changes) are the methods below, shared so that the peers compute the same.
/// </summary>
public sealed class PeerIncident
{
    private readonly ResponsePolicy _policy;
    private readonly (IncidentEvent Event, int Index)[] _events;
    private int _nextEvent;

    public PeerIncident(ResponsePolicy policy, IncidentRecord record, Instant now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(record);
        _policy = policy;
        Record = record;
        Now = now;
        _events = new (IncidentEvent, int)[record.Events.Length];
        for (var i = 0; i < _events.Length; i++)
        {
            _events[i] = (record.Events[i], i);
        }

        Array.Sort(_events, static (a, b) => a.Event.At != b.Event.At ? a.Event.At.CompareTo(b.Event.At) : a.Index.CompareTo(b.Index));
        Impact = record.Impact;
        Level = Classify(record.Impact);
        LevelSince = record.DetectedAt;
        ResponseDue = Level.ResponseTime.DueAfter(record.DetectedAt, policy.Calendar);
        ResponsePending = true;
        UpdateDue = NextUpdateAfter(record.DetectedAt);
        EscalationDue = Level.Escalation is { } step ? record.DetectedAt + step.After : null;
    }

    public IncidentRecord Record { get; }

    /// <summary>The evaluation instant: the clock.</summary>
    public Instant Now { get; }

    public ImpactAssessment Impact { get; private set; }

    public SeverityLevelPolicy Level { get; private set; }

    public Instant LevelSince { get; private set; }

    public Instant? ResponseDue { get; private set; }

    public bool ResponsePending { get; private set; }

    public bool ResponseMissed { get; private set; }

    public Instant? UpdateDue { get; private set; }

    public int UpdatesMissed { get; private set; }

    public Instant? EscalationDue { get; private set; }

    public bool Resolved { get; private set; }

    public Happening Kind { get; private set; }

    public Stage Stage { get; set; }

    public Instant At { get; private set; }

    public IncidentEvent? Event { get; private set; }

    /// <summary>The level a manual assignment, a reassessment or an escalation at this moment would give.</summary>
    public SeverityLevelPolicy? Target { get; private set; }

    /// <summary>Whether the level rose at this moment (the deadlines may tighten).</summary>
    public bool Rose { get; private set; }

    public int LevelRank => Level.Level.Rank;

    public int TargetRank => Target?.Level.Rank ?? LevelRank;

    /// <summary>A manual assignment below the most severe level during a security breach is refused (IRP1002).</summary>
    public bool AssignmentRefused => Impact.SecurityBreach && Target is not null && Target.Level.Rank != _policy.MostSevere.Level.Rank;

    public bool HasUpdateTimer => UpdateDue is not null;

    /// <summary>The response deadline a rise at this moment would give.</summary>
    public Instant RiseResponseDue => Level.ResponseTime.DueAfter(At, _policy.Calendar);

    /// <summary>The next update a rise at this moment would make due.</summary>
    public Instant RiseUpdateDue => NextUpdateAfter(At);

    /// <summary>
    /// Moves to the next happening not after <see cref="Now"/>, in the engine's order (an event at a
    /// timer's instant first; escalation, then response, then update at the same instant); false at the end.
    /// </summary>
    public bool Advance() => Advance(Now);

    /// <inheritdoc cref="Advance()"/>
    /// <param name="horizon">The clock: nothing after it happens.</param>
    public bool Advance(Instant horizon)
    {
        Rose = false;
        Target = null;
        Event = null;
        var timerAt = Instant.MaxValue;
        var timer = Happening.None;
        Consider(EscalationDue, Happening.EscalationDue);
        Consider(ResponsePending ? ResponseDue : null, Happening.ResponseDue);
        Consider(UpdateDue, Happening.UpdateDue);
        if (_nextEvent < _events.Length && _events[_nextEvent].Event.At <= horizon && _events[_nextEvent].Event.At <= timerAt)
        {
            var e = _events[_nextEvent++].Event;
            Event = e;
            At = e.At;
            Kind = Resolved ? Happening.OtherEvent : e switch
            {
                Acknowledged => Happening.Acknowledged,
                SeverityAssigned => Happening.SeverityAssigned,
                ImpactReassessed => Happening.ImpactReassessed,
                StatusUpdatePosted => Happening.StatusUpdatePosted,
                Model.Events.Resolved => Happening.Resolved,
                _ => Happening.OtherEvent,
            };
            Target = e switch
            {
                SeverityAssigned assigned => _policy[assigned.Severity],
                ImpactReassessed reassessed => Classify(Impact.With(reassessed.Impact)),
                _ => null,
            };
        }
        else if (timer != Happening.None && timerAt <= horizon)
        {
            At = timerAt;
            Kind = timer;
            Target = timer == Happening.EscalationDue ? _policy[Level.Escalation!.To] : null;
        }
        else
        {
            Kind = Happening.Finished;
            Stage = Stage.Idle;
            return false;
        }

        Stage = Stage.Decide;
        return true;

        void Consider(Instant? due, Happening kind)
        {
            if (due is { } d && d < timerAt)
            {
                timerAt = d;
                timer = kind;
            }
        }
    }

    /// <summary>The instant of the next happening (a timer or the next event), <see cref="Instant.MaxValue"/> when none: what a host that computes it wakes at.</summary>
    public Instant NextHappeningAt
    {
        get
        {
            var next = _nextEvent < _events.Length ? _events[_nextEvent].Event.At : Instant.MaxValue;
            foreach (var due in (ReadOnlySpan<Instant?>)[EscalationDue, ResponsePending ? ResponseDue : null, UpdateDue])
            {
                if (due is { } d && d < next)
                {
                    next = d;
                }
            }

            return next;
        }
    }

    public void MeetResponse() => ResponsePending = false;

    public void MissResponse()
    {
        ResponsePending = false;
        ResponseMissed = true;
    }

    public void Resolve()
    {
        Resolved = true;
        ResponsePending = false;
        UpdateDue = null;
        EscalationDue = null;
    }

    public void RestartCadence() => UpdateDue = NextUpdateAfter(At);

    public void MissUpdate()
    {
        UpdatesMissed++;
        UpdateDue = NextUpdateAfter(At);
    }

    public void Reassess() => Impact = Impact.With(((ImpactReassessed)Event!).Impact);

    /// <summary>The level becomes <see cref="Target"/>: the escalation clock restarts; a rise may tighten the deadlines.</summary>
    public void ChangeLevel()
    {
        var to = Target!;
        Rose = to.Level.IsMoreSevereThan(Level.Level);
        Level = to;
        LevelSince = At;
        EscalationDue = !Resolved && to.Escalation is { } step ? At + step.After : null;
    }

    public void TightenResponse() => ResponseDue = RiseResponseDue;

    public void TightenUpdate() => UpdateDue = RiseUpdateDue;

    // Flat views for RulesEngine's expression language (System.Linq.Dynamic.Core knows no NodaTime).

    public string KindName => Kind switch
    {
        Happening.Acknowledged => nameof(Happening.Acknowledged),
        Happening.SeverityAssigned => nameof(Happening.SeverityAssigned),
        Happening.ImpactReassessed => nameof(Happening.ImpactReassessed),
        Happening.StatusUpdatePosted => nameof(Happening.StatusUpdatePosted),
        Happening.Resolved => nameof(Happening.Resolved),
        Happening.EscalationDue => nameof(Happening.EscalationDue),
        Happening.ResponseDue => nameof(Happening.ResponseDue),
        Happening.UpdateDue => nameof(Happening.UpdateDue),
        _ => nameof(Happening.OtherEvent),
    };

    public long ResponseDueMs => ResponseDue?.ToUnixTimeMilliseconds() ?? long.MaxValue;

    public long RiseResponseDueMs => RiseResponseDue.ToUnixTimeMilliseconds();

    public long UpdateDueMs => UpdateDue?.ToUnixTimeMilliseconds() ?? long.MaxValue;

    public long RiseUpdateDueMs => RiseUpdateDue.ToUnixTimeMilliseconds();

    /// <summary>What the peer found, to compare with the engine's result.</summary>
    public PeerResult Result() => new(Level.Level.Name, EscalationDue, ResponseDue, UpdateDue, ResponseMissed, UpdatesMissed);

    /// <summary>One cadence of the level, as in force at <paramref name="at"/>, after it (the peers do not move the due instant at a phase boundary).</summary>
    private Instant NextUpdateAfter(Instant at) => Level.UpdateCadence.CadenceAt(at - Record.DetectedAt).DueAfter(at, _policy.Calendar);

    private SeverityLevelPolicy Classify(ImpactAssessment impact)
    {
        if (impact.SecurityBreach || impact.DataCorruption)
        {
            return _policy.MostSevere;
        }

        var users = impact.UsersAffected == UsersAffected.Unknown ? UsersAffected.All : impact.UsersAffected;
        var scope = impact.Scope == ImpactScope.Unknown ? ImpactScope.Outage : impact.Scope;
        return _policy[_policy.Classification[scope, users]];
    }
}

/// <summary>The fields the peers compute: severity, the three deadlines, and the misses.</summary>
public sealed record PeerResult(string Severity, Instant? EscalatesAt, Instant? ResponseBy, Instant? NextUpdateBy, bool ResponseMissed, int UpdatesMissed);
