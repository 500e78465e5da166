using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using NodaTime;

namespace IncidentPolicy.Benchmarks.Peers;

/// <summary>
/// The peers side by side on the same 1,000 open incidents evaluated at one instant, on the escalation,
/// response-deadline and update-cadence logic. Times are per incident (OperationsPerInvoke); Ratio is to
/// <see cref="PolicyEngineAllRules"/>. The setup checks that every peer computes what the engine does
/// (severity, escalatesAt, responseBy, nextUpdateBy, response missed, updates missed) for every incident,
/// and refuses to run otherwise.
/// </summary>
[MemoryDiagnoser]
public class PeerBenchmarks
{
    public const int Incidents = 1000;

    private static readonly string[] OtherRules = ["IRP1003", "IRP4001", "IRP4002", "IRP4003", "IRP5002", "IRP6001", "IRP7001"];

    private readonly ResponsePolicy _policy = ResponsePolicy.Default;
    private (IncidentRecord Record, Instant At)[] _batch = [];
    private Instant _now;
    private PolicyEngine _engine = null!;
    private PolicyEngine _sameRulesEngine = null!;
    private RulesEngineEvaluator _rulesEngine = null!;
    private NaiveNRulesEvaluator _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_batch, _now) = Workload.OpenAt(Incidents);
        _engine = PolicyEngine.Default;
        var p = _policy;
        _sameRulesEngine = new PolicyEngine(new ResponsePolicy(
            p.Levels, p.Classification, p.Calendar, p.RecipientChannels,
            new RuleSeverityOverrides(rules: OtherRules.Select(id => new System.Collections.Generic.KeyValuePair<string, RuleSeverity>(id, RuleSeverity.None)))));
        _rulesEngine = new RulesEngineEvaluator(_policy);
        _naive = new NaiveNRulesEvaluator(_policy);
        Verify();
    }

    /// <summary>Our engine as shipped: the default policy, every rule on (it also computes notifications, roles, review, ...).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Incidents)]
    public int PolicyEngineAllRules()
    {
        var n = 0;
        foreach (var (record, at) in _batch)
        {
            n += _engine.Evaluate(record, at).Diagnostics.Length;
        }

        return n;
    }

    /// <summary>Our engine with the rules outside the compared logic configured <c>none</c>.</summary>
    [Benchmark(OperationsPerInvoke = Incidents)]
    public int PolicyEngineSameRulesOnly()
    {
        var n = 0;
        foreach (var (record, at) in _batch)
        {
            n += _sameRulesEngine.Evaluate(record, at).Diagnostics.Length;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Incidents)]
    public int HandWritten()
    {
        var n = 0;
        foreach (var (record, at) in _batch)
        {
            n += HandWrittenEvaluator.Evaluate(_policy, record, at).UpdatesMissed;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Incidents)]
    public int RulesEngine()
    {
        var n = 0;
        foreach (var (record, at) in _batch)
        {
            n += _rulesEngine.Evaluate(record, at).UpdatesMissed;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Incidents)]
    public int NRulesNaive() => _naive.EvaluateAll(_batch, _now).Sum(r => r.UpdatesMissed);

    private void Verify()
    {
        var naive = _naive.EvaluateAll(_batch, _now);
        for (var i = 0; i < _batch.Length; i++)
        {
            var (record, at) = _batch[i];
            var evaluation = _engine.Evaluate(record, at);
            var expected = new PeerResult(
                evaluation.Severity.Name,
                evaluation.Deadlines.EscalatesAt,
                evaluation.Deadlines.ResponseBy,
                evaluation.Deadlines.NextUpdateBy,
                evaluation.Diagnostics.Any(d => d.Id == BuiltInRules.Get("IRP2001").Id),
                evaluation.Diagnostics.Count(d => d.Id == BuiltInRules.Get("IRP5001").Id));
            Check("hand-written", HandWrittenEvaluator.Evaluate(_policy, record, at));
            Check("RulesEngine", _rulesEngine.Evaluate(record, at));
            Check("naive NRules", naive[i]);

            void Check(string peer, PeerResult actual)
            {
                if (actual != expected)
                {
                    throw new InvalidOperationException($"The {peer} peer disagrees with the engine on {record.Id}: {actual} != {expected}");
                }
            }
        }
    }
}
