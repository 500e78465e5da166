using System;
using IncidentPolicy.Cli.Tests.Support;
using IncidentPolicy.Diagrams;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Reviews;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary><c>incident-policy review</c>: the draft review in Markdown; and <c>simulate --format mermaid</c>, the same diagram for any horizon.</summary>
public sealed class ReviewCommandTests
{
    [Fact]
    public void The_draft_is_the_librarys_at_the_instant_given()
    {
        var run = Tool.Run("review", Samples.PaymentsDown, "--at", "2024-03-16T12:00:00Z");

        var expected = ReviewDraft.Write(PolicyEngine.Default, Samples.Incident(Samples.PaymentsDown), Instant.FromUtc(2024, 3, 16, 12, 0));
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Equal(expected, run.Out);
        Assert.StartsWith("# Post-Incident Review: Payments down (INC-2024-0315-1)\n\n**Date**: 2024-03-16 | **Severity**: P1 | **Duration**: 45m | **Author**: [name]\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_policy_dates_the_review_in_its_calendars_zone()
    {
        // 23:30 UTC on the 31st of March is 00:30 on the 1st of April in London (summer time).
        var run = Tool.Run("review", Samples.FridayEvening, "--at", "2024-03-31T23:30:00Z", "--policy", Samples.London);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("**Date**: 2024-04-01 |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_at_the_review_is_dated_now()
    {
        var run = Tool.Run("review", Samples.PaymentsDown);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| **Severity**: P1 |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instant_before_detection_or_a_missing_file_is_bad_input()
    {
        var early = Tool.Run("review", Samples.PaymentsDown, "--at", "2024-03-15T13:00:00Z");
        var missing = Tool.Run("review", "no-such-incident.json", "--at", "2024-03-15T13:00:00Z");

        Assert.Equal(2, early.ExitCode);
        Assert.Empty(early.Out);
        Assert.Contains("--at 2024-03-15T13:00:00Z is before the incident was detected", early.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no-such-incident.json: no such incident file.", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_as_mermaid_draws_the_librarys_diagram_of_the_evaluation_at_the_horizon()
    {
        var run = Tool.Run("simulate", Samples.P2ClimbsToP0, "--for", "PT8H", "--format", "mermaid");

        var incident = Samples.Incident(Samples.P2ClimbsToP0);
        var final = PolicyEngine.Default.Evaluate(incident, incident.DetectedAt + Duration.FromHours(8));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(IncidentGantt.Write(incident, final), run.Out);
        Assert.Contains("    P0 :level3, 2024-03-15 16:00:00, 2024-03-15 18:00:00\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_refuses_an_unknown_format()
    {
        var run = Tool.Run("simulate", Samples.P2ClimbsToP0, "--format", "svg");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("mermaid", run.Error, StringComparison.Ordinal);
    }
}
