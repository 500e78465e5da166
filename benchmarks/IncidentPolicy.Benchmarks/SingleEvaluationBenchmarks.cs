using BenchmarkDotNet.Attributes;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Benchmarks;

/// <summary>
/// One evaluation of one incident on a shared, already compiled engine (default policy, all rules on):
/// the cost an alert pipeline pays per incident.
/// </summary>
[MemoryDiagnoser]
public class SingleEvaluationBenchmarks
{
    private readonly PolicyEngine _engine = PolicyEngine.Default;
    private IncidentRecord _typical = null!;
    private Instant _typicalAt;

    [GlobalSetup]
    public void Setup()
    {
        (_typical, _typicalAt) = Workload.Typical(1);
        _engine.Evaluate(_typical, _typicalAt);
    }

    /// <summary>A typical open incident: ten events, evaluated during the incident.</summary>
    [Benchmark]
    public PolicyEvaluation Typical() => _engine.Evaluate(_typical, _typicalAt);
}

/// <summary>
/// How the cost of one evaluation grows with the number of recorded events: it must be linear (the
/// per-event cost, Mean / Events, stays flat), not quadratic.
/// </summary>
[MemoryDiagnoser]
public class EventScalingBenchmarks
{
    private readonly PolicyEngine _engine = PolicyEngine.Default;
    private IncidentRecord _record = null!;
    private Instant _at;

    [Params(1, 10, 100, 1000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_record, _at) = Workload.WithEvents(Events);
        _engine.Evaluate(_record, _at);
    }

    [Benchmark]
    public PolicyEvaluation Evaluate() => _engine.Evaluate(_record, _at);
}
