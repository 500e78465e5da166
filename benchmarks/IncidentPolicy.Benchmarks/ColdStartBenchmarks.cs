using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Benchmarks;

/// <summary>
/// Building an engine from the default policy: loading the rule classes and compiling them
/// (<c>RuleRepository.Compile()</c>). <see cref="FirstBuildInProcess"/> is what a host pays at start-up:
/// one build in a fresh process, JIT included, five processes. The warm build is what each further policy costs.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ColdStartBenchmarks
{
    private sealed class Config() : JobUnlessCiConfig(
        Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(5).WithWarmupCount(0).WithIterationCount(1).WithId("Cold"));

    [Benchmark]
    public PolicyEngine FirstBuildInProcess() => new(ResponsePolicy.Default);
}

/// <summary>Building an engine again in a warm process: rule compilation alone, without the JIT of NRules itself.</summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class EngineBuildBenchmarks
{
    private sealed class Config() : JobUnlessCiConfig(
        Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(10).WithId("Warm"));

    [Benchmark]
    public PolicyEngine BuildEngine() => new(ResponsePolicy.Default);
}
