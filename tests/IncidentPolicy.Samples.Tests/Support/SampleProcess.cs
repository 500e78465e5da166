using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IncidentPolicy.Samples.Tests.Support;

/// <summary>A built sample run as a real process (<c>dotnet &lt;sample&gt;.dll args</c>); killed when disposed.</summary>
internal sealed class SampleProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SampleProcess(Process process)
    {
        _process = process;
    }

    public static string DotnetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved: for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static SampleProcess Start(string sample, IEnumerable<string> args)
    {
        var dll = Repository.SampleDll(sample);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The sample is not built: {dll}. Build the solution first.");
        }

        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(), // the samples read their appsettings.json from next to themselves, not from here
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        var sampleProcess = new SampleProcess(process);
        process.OutputDataReceived += (_, e) => sampleProcess.Append(e.Data);
        process.ErrorDataReceived += (_, e) => sampleProcess.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return sampleProcess;
    }

    /// <summary>Runs a sample to its end and returns its exit code and output.</summary>
    public static (int ExitCode, string Output) Run(string sample, params string[] args)
    {
        using var process = Start(sample, args);
        if (!process._process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException($"{sample} did not finish within 60 s:\n{process.Output}");
        }

        process._process.WaitForExit(); // flushes the asynchronous output readers
        return (process._process.ExitCode, process.Output);
    }

    /// <summary>Kills the process at once, as <c>kill -9</c> does (SIGKILL on Unix): no shutdown code runs.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 50 ms, or fails after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> explain)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (!condition())
        {
            try
            {
                await Task.Delay(50, cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Not within {timeout.TotalSeconds} s:\n{explain()}");
            }
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
