using System;
using System.IO;
using IncidentPolicy.Cli.Tests.Support;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary>Bad input of every kind: exit code 2, nothing on stdout, a message on stderr naming the file and the place.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string> Commands => ["evaluate", "simulate"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Malformed_json_names_the_file_line_and_position(string command)
    {
        using var files = new TempFiles();
        var incident = files.Write("malformed.json", "{\n  \"id\": \"INC-1\",\n  \"detectedAt\": \"2024-03-15T10:00:00Z\",,\n}");

        var run = Tool.Run(command, incident);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"{incident}: The incident record is invalid: $: malformed JSON at line 3, position", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_that_is_not_UTF8_is_reported_with_its_place_not_replaced()
    {
        using var files = new TempFiles();
        var incident = files.Write("latin1.json", string.Empty);
        File.WriteAllBytes(incident, [.. "{ \"id\": \"INC-1\",\n  \"title\": \"caf"u8, 0xE9, .. "\" }"u8]);

        var run = Tool.Run("evaluate", incident);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(
            $"{incident}: The incident record is invalid: $: malformed input at line 2, position 16: expected UTF-8 text, got a byte sequence that is not UTF-8",
            run.Error,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_unknown_event_type_names_its_json_path(string command)
    {
        using var files = new TempFiles();
        var incident = files.Write("unknown-event.json", """
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z",
              "events": [ { "type": "acknowledged", "at": "2024-03-15T10:05:00Z" }, { "type": "exploded", "at": "2024-03-15T10:06:00Z" } ] }
            """);

        var run = Tool.Run(command, incident, "--at", "2024-03-15T11:00:00Z");
        if (command == "simulate")
        {
            run = Tool.Run(command, incident);
        }

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"{incident}: Incident record 'INC-1' is invalid: $.events[1].type: unknown event type \"exploded\"; expected severityAssigned, acknowledged", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void What_only_the_policy_can_refuse_names_the_file_and_the_json_path_too(string command)
    {
        using var files = new TempFiles();
        var incident = files.Write("unknown-level.json", """
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z",
              "events": [ { "type": "severityAssigned", "at": "2024-03-15T10:05:00Z", "severity": "P9" } ] }
            """);

        var run = command == "evaluate" ? Tool.Run(command, incident, "--at", "2024-03-15T11:00:00Z") : Tool.Run(command, incident);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"{incident}: Incident record 'INC-1' is invalid: $.events[0].severity:", run.Error, StringComparison.Ordinal);
        Assert.Contains("P9", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_misspelt_impact_is_refused_with_the_name_it_meant_rather_than_paging_everyone(string command)
    {
        using var files = new TempFiles();
        var incident = files.Write("typo.json", """
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "impcat": { "usersAffected": "internal", "scope": "cosmetic" } }
            """);

        var run = command == "evaluate" ? Tool.Run(command, incident, "--at", "2024-03-15T11:00:00Z") : Tool.Run(command, incident);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal($"{incident}: Incident record 'INC-1' is invalid: $.impcat: unknown property \"impcat\"; did you mean \"impact\"?\n", run.Error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Format_problems_and_what_the_policy_refuses_come_in_one_message(string command)
    {
        using var files = new TempFiles();
        var policy = files.Write("sev4.json", """{ "severities": { "SEV4": { "rank": 4, "title": "Minor", "responseTime": "PT5M", "updateCadence": "PT15M" } } }""");
        var incident = files.Write("three-problems.json", """
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "title": 42,
              "events": [
                { "type": "acknowledged", "at": "2024-03-15T09:55:00Z" },
                { "type": "severityAssigned", "at": "2024-03-15T10:05:00Z", "severity": "SEV9" } ] }
            """);

        var run = command == "evaluate"
            ? Tool.Run(command, incident, "--at", "2024-03-15T11:00:00Z", "--policy", policy)
            : Tool.Run(command, incident, "--policy", policy);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            $"{incident}: Incident record 'INC-1' has 3 problems:\n"
            + "  $.title: expected the incident's title, a string, got the number 42\n"
            + "  $.events[0].at: acknowledged at 2024-03-15T09:55:00Z is before detectedAt 2024-03-15T10:00:00Z; events cannot precede detection\n"
            + "  $.events[1].severity: unknown level \"SEV9\"; expected P0, P1, P2, P3 or SEV4\n",
            run.Error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_bad_policy_names_the_policy_file_and_each_problems_path(string command)
    {
        using var files = new TempFiles();
        var policy = files.Write("bad-policy.json", """{ "severities": { "P2": { "escalateTo": "P7" } } }""");

        var run = Tool.Run(command, Samples.P2ClimbsToP0, "--policy", policy);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"{policy}: The policy is invalid: $.severities.P2.escalateTo:", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "no-such-incident.json", "no-such-incident.json: no such incident file.\n")]
    [InlineData("simulate", "samples/incidents/nope.json", "samples/incidents/nope.json: no such incident file.\n")]
    [InlineData("evaluate", "samples", "samples: a folder, not an incident file.\n")]
    [InlineData("evaluate", "@no-such-incident.json", "@no-such-incident.json: no such incident file.\n")]
    public void A_missing_or_unreadable_file_is_named(string command, string path, string message)
    {
        var run = Tool.Run(command, path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_policy_file_is_named()
    {
        var run = Tool.Run("evaluate", Samples.P2ClimbsToP0, "--policy", "no-such-policy.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("no-such-policy.json: no such policy file.\n", run.Error);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2024-03-15 17:00")]
    [InlineData("2024-02-30T10:00:00Z")]
    public void A_bad_at_instant_names_the_option_and_the_expected_form(string at)
    {
        var run = Tool.Run("evaluate", Samples.P2ClimbsToP0, "--at", at);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"incident-policy: --at: '{at}' is not an instant; expected ISO-8601 such as 2024-03-15T14:00:00Z", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'")]
    [InlineData(new[] { "evaluate" }, "Required argument missing for command: 'evaluate'")]
    [InlineData(new[] { "evaluate", Samples.P2ClimbsToP0, "--format", "xml" }, "Argument 'xml' not recognized")]
    [InlineData(new[] { "evaluate", Samples.P2ClimbsToP0, "--verbose" }, "Unrecognized command or argument '--verbose'")]
    [InlineData(new string[0], "Required command was not provided")]
    public void A_bad_command_line_is_bad_input_with_a_pointer_to_the_help(string[] args, string message)
    {
        var run = Tool.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", run.Error, StringComparison.Ordinal);
    }
}
