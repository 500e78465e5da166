using System;
using StackExchange.Redis;

namespace IncidentPolicy.Orleans.Tests;

/// <summary>
/// The Redis server the tests store grains and reminders in: <c>INCIDENTPOLICY_REDIS</c>, default
/// <c>127.0.0.1:6390</c> (where <c>.ci/run</c> starts one). A test fails, never skips, when it is not reachable.
/// </summary>
internal static class Redis
{
    public const string Variable = "INCIDENTPOLICY_REDIS";

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : "127.0.0.1:6390";

    public static ConfigurationOptions Options() => ConfigurationOptions.Parse(ConnectionString);

    public static void EnsureReachable()
    {
        try
        {
            using var connection = ConnectionMultiplexer.Connect(ConnectionString);
            connection.GetDatabase().Ping();
        }
        catch (RedisConnectionException e)
        {
            throw new InvalidOperationException(
                $"Redis is not reachable at {ConnectionString} (set {Variable} to another one). Start it with: " +
                "redis-server --port 6390 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes (see docs/testing.md)", e);
        }
    }
}
