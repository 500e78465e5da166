using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using IncidentPolicy.Cli.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary>Colour only on a terminal and without NO_COLOR; unexpected failures are one line and exit code 1.</summary>
public sealed class ConsoleTests
{
    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, "", true)]
    [InlineData(false, "1", false)]
    [InlineData(false, "false", false)]
    [InlineData(true, null, false)]
    public void Colour_is_used_only_on_a_terminal_and_only_without_a_NO_COLOR_value(bool redirected, string? noColor, bool colour)
    {
        Assert.Equal(colour, TextStyle.ForConsole(redirected, noColor).UsesColour);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("1", false)]
    public void On_a_real_terminal_the_text_is_coloured_unless_NO_COLOR_is_set(string? noColor, bool colour)
    {
        if (!File.Exists("/usr/bin/script"))
        {
            return; // util-linux's script gives the tool a pseudo-terminal; without it there is no terminal to test on
        }

        var command = $"'{Tool.DotnetHost}' '{Tool.Dll}' evaluate {Samples.P2ClimbsToP0} --at 2024-03-15T17:00:00Z";
        var run = RunOnTerminal(command, noColor);

        // .NET may switch the terminal's keypad mode (ESC [?1h); colour is the SGR sequences the tool writes.
        Assert.Contains("(peak P0), open", run, StringComparison.Ordinal);
        Assert.Equal(colour, run.Contains("\u001b[1m", StringComparison.Ordinal) && run.Contains("\u001b[0m", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_on_stderr_and_exit_code_1()
    {
        var error = new StringWriter();

        var code = CliApplication.Run(
            ["evaluate", Repository.PathOf(Samples.P2ClimbsToP0), "--at", "2024-03-15T17:00:00Z"],
            SystemClock.Instance,
            new BrokenWriter(),
            error,
            TextStyle.Plain);

        Assert.Equal(1, code);
        Assert.Equal("incident-policy: unexpected error: IOException: the output is gone\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_clock_is_injected_at_the_edge()
    {
        var output = new StringWriter();
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2024, 3, 15, 17, 0));

        var code = CliApplication.Run(
            ["evaluate", Repository.PathOf(Samples.P2ClimbsToP0), "--format", "json"], clock, output, new StringWriter(), TextStyle.Plain);

        Assert.Equal(0, code);
        Assert.Contains("\"evaluatedAt\": \"2024-03-15T17:00:00Z\"", output.ToString(), StringComparison.Ordinal);
    }

    private static string RunOnTerminal(string command, string? noColor)
    {
        var start = new ProcessStartInfo("/usr/bin/script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        foreach (var arg in new[] { "-q", "-e", "-c", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = noColor;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the tool did not finish on the terminal");
        return output.GetAwaiter().GetResult();
    }

    private sealed class BrokenWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("the output is gone");

        public override void Write(string? value) => throw new IOException("the output is gone");

        public override void WriteLine(string? value) => throw new IOException("the output is gone");
    }
}
