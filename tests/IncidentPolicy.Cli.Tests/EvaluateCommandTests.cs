using System;
using System.Text.Json;
using IncidentPolicy.Cli.Tests.Support;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary><c>incident-policy evaluate</c>: the evaluation result of docs/wire-format.md, or a summary for people; exit code 0 whatever the diagnostics.</summary>
public sealed class EvaluateCommandTests
{
    private static readonly Instant At17 = Instant.FromUtc(2024, 3, 15, 17, 0);

    [Fact]
    public void Json_is_the_librarys_evaluation_result_and_the_exit_code_is_0_despite_error_diagnostics()
    {
        var run = Tool.Run("evaluate", Samples.P2ClimbsToP0, "--at", "2024-03-15T17:00:00Z", "--format", "json");

        var expected = PolicyEngine.Default.Evaluate(Samples.Incident(Samples.P2ClimbsToP0), At17);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(IncidentJson.WriteEvaluation(expected) + "\n", run.Out);
        Assert.Contains(expected.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Text_is_a_summary_with_times_in_the_calendar_zone_and_no_colour_when_redirected()
    {
        var run = Tool.Run("evaluate", Samples.P2ClimbsToP0, "--at", "2024-03-15T17:00:00Z");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("severity      P0 (peak P0), open", run.Out, StringComparison.Ordinal);
        Assert.Contains("Fri 2024-03-15 16:00 UTC  P0  IRP3001  P1 unresolved for 2h", run.Out, StringComparison.Ordinal);
        // Twelve as before, and four missed customer updates (IRP5003 at 15:00, 16:00, 16:30 and 17:00).
        Assert.Contains("Diagnostics (16)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Next change: Fri 2024-03-15 17:15 UTC", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public void Without_at_it_evaluates_now_from_the_system_clock()
    {
        var before = SystemClock.Instance.GetCurrentInstant();
        var run = Tool.Run("evaluate", Samples.PaymentsDown, "--format", "json");
        var after = SystemClock.Instance.GetCurrentInstant();

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var evaluatedAt = InstantPattern.ExtendedIso.Parse(document.RootElement.GetProperty("evaluatedAt").GetString()!).Value;
        Assert.InRange(evaluatedAt, before, after);
    }

    [Fact]
    public void A_policy_override_changes_the_result_and_the_zone_of_the_text()
    {
        var json = Tool.Run("evaluate", Samples.FridayEvening, "--at", "2024-03-30T12:00:00Z", "--policy", Samples.London, "--format", "json");
        var text = Tool.Run("evaluate", Samples.FridayEvening, "--at", "2024-03-30T12:00:00+00:00", "--policy", Samples.London);

        var expected = new PolicyEngine(Samples.Policy(Samples.London)).Evaluate(Samples.Incident(Samples.FridayEvening), Instant.FromUtc(2024, 3, 30, 12, 0));
        Assert.Equal(IncidentJson.WriteEvaluation(expected) + "\n", json.Out);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("evaluated at  Sat 2024-03-30 12:00 GMT (12:00 UTC)", text.Out, StringComparison.Ordinal);
        Assert.Contains("reviewBy           Mon 2024-04-01 00:10 BST (Sun 23:10 UTC)", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instant_with_an_offset_is_the_same_instant()
    {
        var utc = Tool.Run("evaluate", Samples.P2ClimbsToP0, "--at", "2024-03-15T17:00:00Z", "--format", "json");
        var offset = Tool.Run("evaluate", Samples.P2ClimbsToP0, "--at", "2024-03-15T18:00:00+01:00", "--format", "json");

        Assert.Equal(utc.Out, offset.Out);
    }

    [Fact]
    public void An_instant_before_detection_is_bad_input_naming_the_file_and_detectedAt()
    {
        var run = Tool.Run("evaluate", Samples.P2ClimbsToP0, "--at", "2024-03-15T09:59:00Z");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"{Samples.P2ClimbsToP0}: --at 2024-03-15T09:59:00Z is before the incident was detected ($.detectedAt: 2024-03-15T10:00:00Z)", run.Error, StringComparison.Ordinal);
    }
}
