using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using IncidentPolicy.Benchmarks.Peers;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Serialization;
using NodaTime;
using RulesEngine.Models;

namespace IncidentPolicy.Benchmarks;

/// <summary>
/// (d) A host's day: incidents of a realistic mix (<see cref="Workload.HostDay"/>) each kept current for the 24
/// hours after its detection, events arriving at their recorded instants. One operation is one incident-day
/// (OperationsPerInvoke), so Mean is the CPU a host spends per incident per day and Ratio compares the ways:
/// <list type="bullet">
/// <item>our engine woken at detection, at each event and at each <c>NextEvaluationAt</c>, resuming from the
/// checkpoint of the wake-up before (kept in memory), or replaying from detection at each wake-up;</item>
/// <item>Microsoft RulesEngine polled every minute (it has no next evaluation instant): the incident's state
/// is kept in memory between polls, each poll decides the happenings since the last one, and a poll that
/// finds none asks the rules once;</item>
/// <item>the hand-written floor, polled every minute, and woken only at the instants it computes itself.</item>
/// </list>
/// At each wake-up the host passes the record as it knows it then: the events recorded so far. The setup
/// checks that both ways of our engine give the same results at every wake-up and that every peer ends the
/// day with the engine's severity, deadlines and misses, and prints the wake-ups and calls per incident-day.
/// </summary>
[MemoryDiagnoser]
public class HostDayBenchmarks
{
    /// <summary>Incidents per operation batch: 10,000 × 24 h of replays is minutes per iteration, so the day is scaled down and reported per incident.</summary>
    public const int Incidents = 200;

    private static readonly Duration OneDay = Duration.FromHours(24);
    private static readonly Duration OneMinute = Duration.FromMinutes(1);

    private readonly PolicyEngine _engine = PolicyEngine.Default;
    private readonly ResponsePolicy _policy = ResponsePolicy.Default;
    private HostDayIncident[] _day = [];
    private RulesEngineEvaluator _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        // CI's dry run takes a handful: it checks that the day runs, not what it costs.
        _day = [.. Workload.HostDay(BenchmarkMode.Ci ? 4 : Incidents).Select(r => new HostDayIncident(r))];
        _rulesEngine = new RulesEngineEvaluator(_policy);
        Verify();
    }

    /// <summary>Our engine, woken at its <c>NextEvaluationAt</c> and at each event, resuming from the last checkpoint.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Incidents)]
    public int EngineResuming()
    {
        var wakeUps = 0;
        foreach (var incident in _day)
        {
            wakeUps += Day(incident, resume: true, check: null);
        }

        return wakeUps;
    }

    /// <summary>Our engine at the same wake-ups, each one replayed from detection.</summary>
    [Benchmark(OperationsPerInvoke = Incidents)]
    public int EngineReplaying()
    {
        var wakeUps = 0;
        foreach (var incident in _day)
        {
            wakeUps += Day(incident, resume: false, check: null);
        }

        return wakeUps;
    }

    /// <summary>RulesEngine, each incident polled every minute of its day.</summary>
    [Benchmark(OperationsPerInvoke = Incidents)]
    public int RulesEnginePolledEachMinute()
    {
        var calls = 0;
        foreach (var incident in _day)
        {
            calls += RulesEngineDay(incident, out _);
        }

        return calls;
    }

    /// <summary>The hand-written floor, each incident polled every minute of its day.</summary>
    [Benchmark(OperationsPerInvoke = Incidents)]
    public int HandWrittenPolledEachMinute()
    {
        var happenings = 0;
        foreach (var incident in _day)
        {
            happenings += HandWrittenPolledDay(incident, out _);
        }

        return happenings;
    }

    /// <summary>The hand-written floor woken only at the next instant it computes (its next timer or event).</summary>
    [Benchmark(OperationsPerInvoke = Incidents)]
    public int HandWrittenAtItsOwnInstants()
    {
        var wakeUps = 0;
        foreach (var incident in _day)
        {
            wakeUps += HandWrittenOwnInstantsDay(incident, out _);
        }

        return wakeUps;
    }

    /// <summary>The wake-ups of one incident-day: detection, each event, each <c>NextEvaluationAt</c> within the day.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="resume">Resume from the checkpoint of the wake-up before, or replay from detection.</param>
    /// <param name="check">Called with each wake-up's evaluation (the setup's checks), or <see langword="null"/>.</param>
    private int Day(HostDayIncident incident, bool resume, Action<Instant, PolicyEvaluation>? check)
    {
        var events = incident.Record.Events;
        var end = incident.Record.DetectedAt + OneDay;
        var at = incident.Record.DetectedAt;
        EvaluationCheckpoint? checkpoint = null;
        var known = 0;
        var wakeUps = 0;
        while (true)
        {
            while (known < events.Length && events[known].At <= at)
            {
                known++;
            }

            PolicyEvaluation evaluation;
            if (resume)
            {
                var step = _engine.EvaluateWithCheckpoint(incident.KnownAfter[known], at, checkpoint);
                (evaluation, checkpoint) = (step.Evaluation, step.Checkpoint);
            }
            else
            {
                evaluation = _engine.Evaluate(incident.KnownAfter[known], at);
            }

            wakeUps++;
            check?.Invoke(at, evaluation);
            var next = evaluation.NextEvaluationAt ?? Instant.MaxValue;
            if (known < events.Length && events[known].At < next)
            {
                next = events[known].At;
            }

            if (next > end)
            {
                return wakeUps;
            }

            at = next;
        }
    }

    private int RulesEngineDay(HostDayIncident incident, out PeerResult result)
    {
        var (s, end) = Start(incident);
        var parameter = new RuleParameter("m", s);
        var calls = 0;
        for (var at = incident.Record.DetectedAt; at <= end; at += OneMinute)
        {
            calls += _rulesEngine.Poll(s, parameter, at);
        }

        result = s.Result();
        return calls;
    }

    private int HandWrittenPolledDay(HostDayIncident incident, out PeerResult result)
    {
        var (s, end) = Start(incident);
        var happenings = 0;
        for (var at = incident.Record.DetectedAt; at <= end; at += OneMinute)
        {
            happenings += HandWrittenEvaluator.Poll(s, at);
        }

        result = s.Result();
        return happenings;
    }

    private int HandWrittenOwnInstantsDay(HostDayIncident incident, out PeerResult result)
    {
        var (s, end) = Start(incident);
        var wakeUps = 0;
        for (var at = incident.Record.DetectedAt; at <= end; at = s.NextHappeningAt)
        {
            HandWrittenEvaluator.Poll(s, at);
            wakeUps++;
        }

        result = s.Result();
        return wakeUps;
    }

    private (PeerIncident State, Instant End) Start(HostDayIncident incident)
    {
        var end = incident.Record.DetectedAt + OneDay;
        return (new PeerIncident(_policy, incident.Record, end), end);
    }

    /// <summary>
    /// Resuming gives the replay's bytes at every wake-up and resumes every time; every peer ends the day with the
    /// engine's severity, deadlines and misses at the day's end. Prints what a day costs in wake-ups and calls.
    /// </summary>
    private void Verify()
    {
        long wakeUps = 0, rulesEngineCalls = 0, ownInstants = 0;
        foreach (var incident in _day)
        {
            var replayed = new System.Collections.Generic.List<string>();
            Day(incident, resume: false, (_, e) => replayed.Add(IncidentJson.WriteEvaluation(e)));
            var i = 0;
            wakeUps += Day(incident, resume: true, (at, e) =>
            {
                if (IncidentJson.WriteEvaluation(e) != replayed[i++])
                {
                    throw new InvalidOperationException($"Resuming {incident.Record.Id} at {at} is not the replay.");
                }
            });

            var end = incident.Record.DetectedAt + OneDay;
            var evaluation = _engine.Evaluate(incident.Record, end);
            var expected = new PeerResult(
                evaluation.Severity.Name,
                evaluation.Deadlines.EscalatesAt,
                evaluation.Deadlines.ResponseBy,
                evaluation.Deadlines.NextUpdateBy,
                evaluation.Diagnostics.Any(d => d.Id == BuiltInRules.Get("IRP2001").Id),
                evaluation.Diagnostics.Count(d => d.Id == BuiltInRules.Get("IRP5001").Id));
            rulesEngineCalls += RulesEngineDay(incident, out var rulesEngine);
            HandWrittenPolledDay(incident, out var polled);
            ownInstants += HandWrittenOwnInstantsDay(incident, out var own);
            Check("RulesEngine", rulesEngine);
            Check("hand-written (polled)", polled);
            Check("hand-written (own instants)", own);

            void Check(string peer, PeerResult actual)
            {
                if (actual != expected)
                {
                    throw new InvalidOperationException($"The {peer} peer disagrees with the engine on {incident.Record.Id} at the day's end: {actual} != {expected}");
                }
            }
        }

        double n = _day.Length;
        Console.WriteLine(
            $"// A host's day, per incident: {wakeUps / n:F1} wake-ups of our engine; 1,441 polls and {rulesEngineCalls / n:F0} RulesEngine calls; "
            + $"{ownInstants / n:F1} wake-ups of the hand-written floor at its own instants");
    }

    /// <summary>An incident of the day and the record as the host knows it after each number of recorded events.</summary>
    private sealed class HostDayIncident
    {
        public HostDayIncident(IncidentRecord record)
        {
            Record = record;
            KnownAfter = [.. Enumerable.Range(0, record.Events.Length + 1).Select(k => record with { Events = record.Events[..k] })];
        }

        public IncidentRecord Record { get; }

        public IncidentRecord[] KnownAfter { get; }
    }
}
