using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Benchmarks;

/// <summary>
/// Building an engine from the default policy: loading the rule classes and compiling them
/// (<c>RuleRepository.Compile()</c>). <see cref="FirstBuildInProcess"/> is what a host pays at start-up:
/// one build in a fresh process, JIT included, five processes. The warm build is what each further policy costs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1, id: "Cold")]
public class ColdStartBenchmarks
{
    [Benchmark]
    public PolicyEngine FirstBuildInProcess() => new(ResponsePolicy.Default);
}

/// <summary>Building an engine again in a warm process: rule compilation alone, without the JIT of NRules itself.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10, id: "Warm")]
public class EngineBuildBenchmarks
{
    [Benchmark]
    public PolicyEngine BuildEngine() => new(ResponsePolicy.Default);
}
