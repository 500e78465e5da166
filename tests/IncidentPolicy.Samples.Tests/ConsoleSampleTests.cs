using System;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Samples.Tests.Support;
using IncidentPolicy.Serialization;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Samples.Tests;

/// <summary>samples/IncidentPolicy.Samples.Console: the library embedded in about twenty lines.</summary>
public sealed class ConsoleSampleTests
{
    [Fact]
    public void Without_arguments_it_evaluates_the_bundled_sample_at_the_fixed_example_instant()
    {
        var (exitCode, output) = SampleProcess.Run("IncidentPolicy.Samples.Console");

        Assert.Equal(0, exitCode);
        Assert.StartsWith(
            "INC-2024-0315-2 at 2024-03-15T17:00:00Z: P0 (peak P0), Open, #incident-2024-03-15-product-search-failing-in-the-eu-region",
            output,
            StringComparison.Ordinal);
        Assert.Contains("  notify vpEngineering by Page (key INC-2024-0315-2/vpEngineering): vpEngineering is notified on entering P0", output, StringComparison.Ordinal);
        Assert.Contains("  next evaluation: 2024-03-15T17:15:00Z", output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_file_and_an_instant_it_prints_what_the_library_says()
    {
        var path = Repository.PathOf("samples", "incidents", "security-breach.json");

        var (exitCode, output) = SampleProcess.Run("IncidentPolicy.Samples.Console", path, "2024-03-14T10:00:00Z");

        var result = PolicyEngine.Default.Evaluate(IncidentJson.ReadIncident(Repository.SampleIncident("security-breach.json")), Instant.FromUtc(2024, 3, 14, 10, 0));
        Assert.Equal(0, exitCode);
        Assert.StartsWith("INC-2024-0314-1 at 2024-03-14T10:00:00Z: P0 (peak P0), Open", output, StringComparison.Ordinal);
        foreach (var n in result.Notifications)
        {
            Assert.Contains($"(key {n.Key})", output, StringComparison.Ordinal);
        }

        foreach (var d in result.Diagnostics)
        {
            Assert.Contains($"  {d.Id} {d.Severity}: {d.Message}", output, StringComparison.Ordinal);
        }
    }
}
