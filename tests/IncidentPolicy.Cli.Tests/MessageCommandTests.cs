using System;
using System.Collections.Generic;
using IncidentPolicy.Cli.Tests.Support;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary><c>incident-policy message</c>: one of the procedure's messages, escaped for its channel; exit code 2 on bad input.</summary>
public sealed class MessageCommandTests
{
    private static readonly Instant At = Instant.FromUtc(2024, 3, 15, 14, 30);

    [Fact]
    public void Json_is_the_librarys_message_with_the_missing_fields()
    {
        var run = Tool.Run("message", Samples.PaymentsDown, "--kind", "resolution", "--at", "2024-03-15T14:30:00Z", "--format", "json");

        var expected = new MessageComposer(PolicyEngine.Default).Compose(Samples.Incident(Samples.PaymentsDown), At, MessageKind.Resolution);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(MessageJson.Write(expected) + "\n", run.Out);
        Assert.Contains("\"missing\": [\n    \"duration\",", run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Set_values_fill_placeholders_escaped_for_slack()
    {
        var run = Tool.Run("message", Samples.PaymentsDown, "--kind", "statusUpdate", "--at", "2024-03-15T14:30:00Z", "--format", "slack",
            "--set", "currentState=Rolled *back* @here", "--set", "nextSteps=Watch <!channel>");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("*INCIDENT UPDATE: P1 - Payments down*\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("Current state: Rolled \u2217back\u2217 @\u200Bhere\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("Next steps: Watch &lt;!channel&gt;\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void With_checklist_the_status_update_lists_the_overdue_checklist_items_as_the_library_does()
    {
        var run = Tool.Run("message", Samples.PaymentsDown, "--kind", "statusUpdate", "--at", "2024-03-15T14:44:00Z", "--with-checklist");
        var without = Tool.Run("message", Samples.PaymentsDown, "--kind", "statusUpdate", "--at", "2024-03-15T14:44:00Z");

        var expected = new MessageComposer(PolicyEngine.Default, new MessageComposerOptions { ListOverdueChecklistItems = true })
            .Compose(Samples.Incident(Samples.PaymentsDown), Instant.FromUtc(2024, 3, 15, 14, 44), MessageKind.StatusUpdate);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected.Text, run.Out);
        Assert.Contains("\nOverdue checklist items:\n- Incident channel or bridge opened. Due by 2024-03-15 14:35 UTC.\n", run.Out, StringComparison.Ordinal);
        Assert.Equal(0, without.ExitCode);
        Assert.DoesNotContain("Overdue checklist items", without.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overdue_items_cannot_be_set()
    {
        var run = Tool.Run("message", Samples.PaymentsDown, "--kind", "statusUpdate", "--at", "2024-03-15T14:44:00Z", "--set", "overdueItems=none");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--set 'overdueItems=none': 'overdueItems' is computed from the incident checklist and cannot be set; use --with-checklist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_set_values_are_all_reported_with_exit_code_2()
    {
        var run = Tool.Run("message", Samples.PaymentsDown, "--kind", "customer", "--at", "2024-03-15T14:30:00Z", "--set", "currentstate=x", "--set", "oops");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--set 'currentstate=x': unknown field 'currentstate'; did you mean 'currentState'?", run.Error, StringComparison.Ordinal);
        Assert.Contains("--set 'oops': expected name=value", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void An_unknown_kind_is_refused_with_exit_code_2()
    {
        var run = Tool.Run("message", Samples.PaymentsDown, "--kind", "tweet");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tweet", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_is_stopped_is_bad_input_at_the_policys_template_with_exit_code_2()
    {
        using var files = new TempFiles();
        var policy = files.Write("p.json", """{ "communications": { "templates": { "statusUpdate": "{{ title | slice: 5, 2147483647 }}" } } }""");

        var run = Tool.Run("message", Samples.PaymentsDown, "--kind", "statusUpdate", "--at", "2024-03-15T14:30:00Z", "--policy", policy);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{policy}: communications.templates.statusUpdate: The message template was stopped: a filter was given an argument it cannot use (", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }
}
