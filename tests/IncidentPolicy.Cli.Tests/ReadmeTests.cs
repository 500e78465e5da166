using System;
using System.IO;
using System.Linq;
using IncidentPolicy.Cli.Tests.Support;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary>README.md's first command is the one CI runs and these tests check; its test command is the one CI runs.</summary>
public sealed class ReadmeTests
{
    private static readonly string[] Readme = File.ReadAllLines(Repository.PathOf("README.md"));

    [Fact]
    public void The_first_command_simulates_the_P2_that_climbs_to_P0_for_8_hours()
    {
        var first = Readme.First(l => l.StartsWith("dotnet run --project src/IncidentPolicy.Cli ", StringComparison.Ordinal));

        Assert.EndsWith(" -- simulate samples/incidents/p2-climbs-to-p0.json --for PT8H", first, StringComparison.Ordinal);
        Assert.Contains("readme_command=$(grep -m1 -E '^dotnet run --project src/IncidentPolicy.Cli ' README.md)", File.ReadAllText(Repository.PathOf(".ci", "run")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_test_command_is_the_one_CI_runs()
    {
        Assert.Contains("dotnet test IncidentPolicy.sln -c Release -m:2", Readme);
        Assert.Contains("dotnet test IncidentPolicy.sln -c Release -m:2", File.ReadAllText(Repository.PathOf(".ci", "run")), StringComparison.Ordinal);
    }
}
