using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace IncidentPolicy.Orleans.Benchmarks;

/// <summary>
/// Incident grains on Orleans test clusters (silos in this process) with Redis storage and reminders
/// (<c>INCIDENTPOLICY_REDIS</c>, default <c>127.0.0.1:6390</c>). Always in process: the silos live in the
/// benchmark's process. <c>--ci</c> runs each benchmark once, untimed, with fewer incidents.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Scale.Ci = args.Contains("--ci");
        args = [.. args.Where(a => a != "--ci")];
        var job = Scale.Ci ? Job.Dry : Job.Default.WithWarmupCount(2).WithIterationCount(10).WithInvocationCount(1).WithUnrollFactor(1);
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
            .WithOptions(ConfigOptions.JoinSummary);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}

/// <summary>How many incidents the due-to-notifier benchmark opens per round: fewer in the CI's dry run.</summary>
public static class Scale
{
    public static bool Ci { get; set; }

    public static int Incidents => Ci ? 20 : 200;
}
