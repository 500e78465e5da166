using System;
using NodaTime;

namespace IncidentPolicy.Cli;

/// <summary>The entry point: the edge where the wall clock, the console and the environment are read.</summary>
internal static class Program
{
    private static int Main(string[] args) =>
        CliApplication.Run(
            args,
            SystemClock.Instance, // the only wall clock the tool reads: `--at` defaults to it
            Console.Out,
            Console.Error,
            TextStyle.ForConsole(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR")));
}
