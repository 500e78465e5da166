using System;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Cli.Tests.Support;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary><c>incident-policy simulate</c>: the what-if timeline, as text for a chat or as JSON.</summary>
public sealed class SimulateCommandTests
{
    [Fact]
    public void The_readmes_first_command_shows_the_P2_climbing_to_P0_in_time_order()
    {
        var run = Tool.Run("simulate", Samples.P2ClimbsToP0, "--for", "PT8H");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var lines = run.Out.Split('\n');
        Assert.Equal("What the policy does with INC-2024-0315-2 \"Product search failing in the EU region\"", lines[0]);
        var p1 = Array.IndexOf(lines, "Fri 2024-03-15 14:00 UTC");
        var p0 = Array.IndexOf(lines, "Fri 2024-03-15 16:00 UTC");
        Assert.True(p1 > 0 && p0 > p1, run.ToString());
        Assert.Equal("  severity  P1 (IRP3001): P2 unresolved for 4h", lines[p1 + 1]);
        Assert.Equal("  severity  P0 (IRP3001): P1 unresolved for 2h", lines[p0 + 1]);
        Assert.Contains("  error     IRP2001: No acknowledgement by 2024-03-15T12:00:00Z: the P2 response time is 2h", lines);
        Assert.StartsWith("At Fri 2024-03-15 18:00 UTC: P0 (peak P0), open;", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_the_librarys_simulation()
    {
        var run = Tool.Run("simulate", Samples.P2ClimbsToP0, "--for", "PT8H", "--format", "json");

        var incident = Samples.Incident(Samples.P2ClimbsToP0);
        var expected = PolicySimulator.Simulate(PolicyEngine.Default, incident, incident.DetectedAt + Duration.FromHours(8));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(IncidentJson.WriteSimulation(expected) + "\n", run.Out);
    }

    [Fact]
    public void A_P2_opened_on_Friday_1755_London_time_over_72_hours_shows_both_zones_across_the_clock_change()
    {
        var run = Tool.Run("simulate", Samples.FridayEvening, "--for", "P3D", "--policy", Samples.London);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("from detection, Fri 2024-03-29 17:55 GMT (17:55 UTC)", run.Out, StringComparison.Ordinal);
        Assert.Contains("until Mon 2024-04-01 18:55 BST (17:55 UTC) (72h); times in Europe/London and UTC", run.Out, StringComparison.Ordinal);
        Assert.Contains("  status    resolved", run.Out, StringComparison.Ordinal);
        Assert.Contains("Mon 2024-04-01 00:10 BST (Sun 23:10 UTC)\n  warning   IRP7001:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Until_sets_the_horizon_and_without_until_or_for_it_is_24_hours_after_detection()
    {
        var until = Tool.Run("simulate", Samples.P2ClimbsToP0, "--until", "2024-03-15T12:00:00Z", "--format", "json");
        var byDefault = Tool.Run("simulate", Samples.P2ClimbsToP0, "--format", "json");

        using var untilDocument = JsonDocument.Parse(until.Out);
        using var defaultDocument = JsonDocument.Parse(byDefault.Out);
        Assert.Equal("2024-03-15T12:00:00Z", untilDocument.RootElement.GetProperty("until").GetString());
        Assert.True(untilDocument.RootElement.GetProperty("actions").EnumerateArray().All(a => string.CompareOrdinal(a.GetProperty("at").GetString(), "2024-03-15T12:00:00Z") <= 0));
        Assert.Equal("2024-03-16T10:00:00Z", defaultDocument.RootElement.GetProperty("until").GetString());
    }

    [Theory]
    [InlineData("--for", "8h", "--for: '8h' is not a duration")]
    [InlineData("--for", "-PT1H", "--for: '-PT1H' is not a duration")]
    [InlineData("--for", "P1M", "--for: 'P1M' is not a duration")]
    [InlineData("--for", "P106752D", "--for: 'P106752D' is not a duration")]
    [InlineData("--for", "PT99999999999999H", "--for: 'PT99999999999999H' is not a duration")]
    [InlineData("--until", "tomorrow", "--until: 'tomorrow' is not an instant")]
    public void A_bad_horizon_is_bad_input_naming_the_option(string option, string value, string message)
    {
        var run = Tool.Run("simulate", Samples.P2ClimbsToP0, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'incident-policy simulate --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Until_and_for_together_or_a_horizon_before_detection_are_bad_input()
    {
        var both = Tool.Run("simulate", Samples.P2ClimbsToP0, "--for", "PT1H", "--until", "2024-03-15T11:00:00Z");
        var early = Tool.Run("simulate", Samples.P2ClimbsToP0, "--until", "2024-03-15T09:00:00Z");

        Assert.Equal((2, 2), (both.ExitCode, early.ExitCode));
        Assert.Contains("--until and --for cannot be used together", both.Error, StringComparison.Ordinal);
        Assert.StartsWith($"{Samples.P2ClimbsToP0}: --until 2024-03-15T09:00:00Z is before the incident was detected ($.detectedAt:", early.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_closing_line_counts_one_notification_and_one_diagnostic_in_the_singular()
    {
        var run = Tool.Run("simulate", "samples/incidents/p3-on-a-friday.json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("; 1 notification, 1 diagnostic; ", run.Out, StringComparison.Ordinal);
    }
}
