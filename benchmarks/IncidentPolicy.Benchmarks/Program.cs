using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace IncidentPolicy.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*'</c> runs everything; <c>--filter '*Batch*'</c> one class;
/// <c>--ci</c> runs each benchmark once, in process, untimed (what .ci/run does so they cannot rot);
/// <c>--counts</c> counts what one operation of each resume benchmark allocates and does (<see cref="CostCounts"/>).
/// Any other BenchmarkDotNet argument works as usual (<c>--list flat</c>, <c>--job short</c>, ...).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "--counts")
        {
            return CostCounts.Run(args[1..]);
        }

        var ci = args.Contains("--ci");
        BenchmarkMode.Ci = ci;
        IConfig config = DefaultConfig.Instance;
        if (ci)
        {
            args = [.. args.Where(a => a != "--ci")];
            config = ManualConfig.Create(DefaultConfig.Instance)
                .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("CI-dry").AsDefault())
                .WithOptions(ConfigOptions.JoinSummary);
        }

        if (Cli.Find() is null)
        {
            Console.WriteLine(Cli.Missing);
            config = ManualConfig.Create(config).AddFilter(new SimpleFilter(b => b.Descriptor.Type != typeof(CliProcessBenchmarks)));
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}

/// <summary>
/// Whether this run is the CI's: each benchmark once, untimed, with smaller batches. Configs and parameter
/// sources read it in the host process, before any benchmark runs.
/// </summary>
public static class BenchmarkMode
{
    public static bool Ci { get; set; }
}

/// <summary>A class's own job, unless CI's dry job replaces it.</summary>
public abstract class JobUnlessCiConfig : ManualConfig
{
    protected JobUnlessCiConfig(params Job[] jobs)
    {
        if (!BenchmarkMode.Ci)
        {
            AddJob(jobs);
        }
    }
}
