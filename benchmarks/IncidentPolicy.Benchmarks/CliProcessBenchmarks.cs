using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace IncidentPolicy.Benchmarks;

/// <summary>
/// The CLI's <c>evaluate</c> as a whole process: <c>dotnet incident-policy.dll evaluate
/// samples/incidents/payments-down-p1.json --at 2024-03-15T15:00:00Z --format json</c>, start to exit.
/// It runs when the CLI is built (see <see cref="Cli"/>); otherwise Program leaves it out with a message.
/// </summary>
[Config(typeof(Config))]
public class CliProcessBenchmarks
{
    private sealed class Config() : JobUnlessCiConfig(
        Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(10).WithId("Process"));

    private string _cli = null!;
    private string _incident = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cli = Cli.Find() ?? throw new InvalidOperationException(Cli.Missing);
        _incident = Path.Combine(Cli.RepositoryRoot ?? ".", "samples", "incidents", "payments-down-p1.json");
    }

    [Benchmark]
    public int EvaluateProcess()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { _cli, "evaluate", _incident, "--at", "2024-03-15T15:00:00Z", "--format", "json" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"incident-policy evaluate exited with {process.ExitCode}: {error}");
        }

        return output.Length;
    }
}

/// <summary>
/// Finds the CLI: <c>$INCIDENT_POLICY_CLI</c>, else <c>incident-policy.dll</c> under
/// <c>src/IncidentPolicy.Cli/bin/Release</c> of the repository these benchmarks run from.
/// </summary>
public static class Cli
{
    public const string Missing =
        "CliProcessBenchmarks skipped: incident-policy.dll not found. Build the CLI first "
        + "(dotnet build src/IncidentPolicy.Cli -c Release) or set INCIDENT_POLICY_CLI to the dll.";

    public static string? RepositoryRoot { get; } = FindRoot();

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("INCIDENT_POLICY_CLI") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var bin = RepositoryRoot is null ? null : Path.Combine(RepositoryRoot, "src", "IncidentPolicy.Cli", "bin", "Release");
        return bin is not null && Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, "incident-policy.dll", SearchOption.AllDirectories)
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault()
            : null;
    }

    private static string? FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IncidentPolicy.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
