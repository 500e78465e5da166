using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace IncidentPolicy.Cli.Tests.Support;

/// <summary>What a run of the tool gave.</summary>
internal sealed record ToolResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}

/// <summary>Runs the built tool as a user would: <c>dotnet incident-policy.dll ...</c>, from the repository root, output redirected.</summary>
internal static class Tool
{
    public static string Dll { get; } = Repository.PathOf("src", "IncidentPolicy.Cli", "bin", Repository.Configuration, "net10.0", "incident-policy.dll");

    /// <summary>The dotnet host that runs the tests (set by the SDK for child processes), or the one on PATH.</summary>
    public static string DotnetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ToolResult Run(params string[] args) => Run(args, environment: null);

    public static ToolResult Run(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment)
    {
        if (!File.Exists(Dll))
        {
            throw new FileNotFoundException($"The tool is not built: {Dll}. Build the solution first.");
        }

        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = null;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"incident-policy {string.Join(' ', args)} did not finish within 60 s.");
        }

        return new ToolResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
