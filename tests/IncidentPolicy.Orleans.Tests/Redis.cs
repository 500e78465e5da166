using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Threading;
using StackExchange.Redis;

namespace IncidentPolicy.Orleans.Tests;

/// <summary>
/// The Redis server the tests store grains and reminders in: <c>INCIDENTPOLICY_REDIS</c>, default
/// <c>127.0.0.1:6390</c> (where <c>.ci/run</c> starts one). Without the variable and with nothing listening there,
/// the tests start <c>redis-server</c> from the PATH on that port for the run (stopped when the test process ends),
/// so <c>dotnet test</c> works wherever Redis is installed. A test fails, never skips, when no server can be reached.
/// </summary>
internal static class Redis
{
    public const string Variable = "INCIDENTPOLICY_REDIS";

    private const int DefaultPort = 6390;

    private static readonly Lock Gate = new();

    private static Process? _started;

    private static string? Configured => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string ConnectionString => Configured ?? $"127.0.0.1:{DefaultPort}";

    public static ConfigurationOptions Options() => ConfigurationOptions.Parse(ConnectionString);

    public static void EnsureReachable()
    {
        lock (Gate)
        {
            if (Ping() is not { } failure)
            {
                return;
            }

            if (Configured is null && _started is null && StartLocalServer() is { } started)
            {
                _started = started;
                for (var attempt = 0; attempt < 50; attempt++)
                {
                    if (Ping() is null)
                    {
                        return;
                    }

                    Thread.Sleep(100);
                }
            }

            throw new InvalidOperationException(
                $"Redis is not reachable at {ConnectionString} (set {Variable} to another one). Install redis-server " +
                "(Debian: apt-get install redis-server) for the tests to start it, or start it yourself with: " +
                $"redis-server --port {DefaultPort} --bind 127.0.0.1 --save '' --appendonly no --daemonize yes (see docs/testing.md)", failure);
        }
    }

    private static RedisConnectionException? Ping()
    {
        try
        {
            using var connection = ConnectionMultiplexer.Connect(ConnectionString + ",connectTimeout=1000,abortConnect=true");
            connection.GetDatabase().Ping();
            return null;
        }
        catch (RedisConnectionException e)
        {
            return e;
        }
    }

    private static Process? StartLocalServer()
    {
        try
        {
            var server = Process.Start(new ProcessStartInfo("redis-server", $"--port {DefaultPort} --bind 127.0.0.1 --save \"\" --appendonly no")
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (server is null)
            {
                return null;
            }

            server.OutputDataReceived += (_, _) => { };
            server.ErrorDataReceived += (_, _) => { };
            server.BeginOutputReadLine();
            server.BeginErrorReadLine();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(server);
            return server;
        }
        catch (Win32Exception)
        {
            return null; // not installed
        }
    }

    private static void Stop(Process server)
    {
        try
        {
            if (!server.HasExited)
            {
                server.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }
}
