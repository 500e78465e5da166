using System;
using System.Linq;
using IncidentPolicy.Testing;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Testing;

/// <summary>
/// Each kind of expectation, met and not met, on one incident: a P2 detected at 14:00, its channel opened at 14:03,
/// acknowledged at 14:05, mitigated at 14:30 and resolved at 14:40 (ten minutes too early), evaluated at 14:40.
/// </summary>
public sealed class PolicyTestRunnerTests
{
    private const string Incident = """
        { "id": "T-1", "title": "Checkout slow", "detectedAt": "2024-03-15T14:00:00Z", "impact": { "usersAffected": "subset", "scope": "coreDegraded" },
          "events": [ { "type": "channelOpened", "at": "2024-03-15T14:03:00Z" }, { "type": "acknowledged", "at": "2024-03-15T14:05:00Z" },
                      { "type": "mitigationApplied", "at": "2024-03-15T14:30:00Z" }, { "type": "resolved", "at": "2024-03-15T14:40:00Z" } ] }
        """;

    /// <summary>A P2 detected at 14:00 that nobody acts on.</summary>
    private const string Unattended = """{ "id": "T-2", "title": "Search slow", "detectedAt": "2024-03-15T14:00:00Z", "impact": { "usersAffected": "subset", "scope": "coreDegraded" } }""";

    [Theory]
    [InlineData("""{ "severity": "P2", "peakSeverity": "P2", "status": "resolved", "phase": "resolved", "channel": "#incident-2024-03-15-checkout-slow" }""")]
    [InlineData("""{ "deadlines": { "responseBy": "2024-03-15T16:00:00Z", "nextUpdateBy": null, "escalatesAt": null, "earliestResolveAt": "2024-03-15T15:00:00Z", "reviewBy": "2024-03-22T14:40:00Z", "nextCustomerUpdateBy": null } }""")]
    [InlineData("""{ "deadlines": { "earliestResolveAt": "2024-03-15T15:00:00.000Z" } }""")]
    [InlineData("""{ "nextEvaluationAt": "2024-03-22T14:40:00Z" }""")]
    [InlineData("""{ "diagnostics": { "present": ["IRP6001", { "id": "IRP6001", "at": "2024-03-15T14:40:00Z" }], "absent": ["IRP2001", { "id": "IRP6001", "at": "2024-03-15T14:30:00Z" }] } }""")]
    [InlineData("""{ "notified": ["onCallEngineer", "teamLead"], "notNotified": ["engineeringManager"] }""")]
    [InlineData("""{ "checklist": { "channelOpened": "done", "severityAssigned": "done" } }""")]
    [InlineData("""{ "messages": { "initialAlert": { "contains": ["P2", "Checkout slow"] }, "resolution": { "contains": "Checkout slow", "format": "markdown" } } }""")]
    public void An_expectation_the_evaluation_meets_passes(string expect)
    {
        var result = Run(expect);

        Assert.True(result.Passed, string.Join("\n", result.Differences));
    }

    [Theory]
    [InlineData("""{ "severity": "P1" }""", """severity: expected "P1", got "P2" """, "severity")]
    [InlineData("""{ "peakSeverity": "P0" }""", """peakSeverity: expected "P0", got "P2" """, "peakSeverity")]
    [InlineData("""{ "status": "mitigated" }""", """status: expected "mitigated", got "resolved" """, "status")]
    [InlineData("""{ "phase": "identified" }""", """phase: expected "identified", got "resolved" """, "phase")]
    [InlineData("""{ "channel": null }""", """channel: expected null, got "#incident-2024-03-15-checkout-slow" """, "channel")]
    [InlineData("""{ "deadlines": { "responseBy": "2024-03-15T15:00:00Z" } }""", """deadlines.responseBy: expected "2024-03-15T15:00:00Z", got "2024-03-15T16:00:00Z" """, "deadlines.responseBy")]
    [InlineData("""{ "deadlines": { "nextUpdateBy": "2024-03-15T16:00:00Z" } }""", """deadlines.nextUpdateBy: expected "2024-03-15T16:00:00Z", got null """, "deadlines.nextUpdateBy")]
    [InlineData("""{ "deadlines": { "reviewBy": null } }""", """deadlines.reviewBy: expected null, got "2024-03-22T14:40:00Z" """, "deadlines.reviewBy")]
    [InlineData("""{ "nextEvaluationAt": null }""", """nextEvaluationAt: expected null, got "2024-03-22T14:40:00Z" """, "nextEvaluationAt")]
    [InlineData("""{ "diagnostics": { "present": ["IRP2001"] } }""", "diagnostics: expected IRP2001 reported, got IRP2001 not reported ", "diagnostics.present[0]")]
    [InlineData("""{ "diagnostics": { "present": [{ "id": "IRP6001", "at": "2024-03-15T14:30:00Z" }] } }""", "diagnostics: expected IRP6001 reported at 2024-03-15T14:30:00Z, got IRP6001 reported only at 2024-03-15T14:40:00Z ", "diagnostics.present[0]")]
    [InlineData("""{ "diagnostics": { "absent": ["IRP6001"] } }""", "diagnostics: expected IRP6001 not reported, got IRP6001 reported at 2024-03-15T14:40:00Z: ", "diagnostics.absent[0]")]
    [InlineData("""{ "diagnostics": { "absent": [{ "id": "IRP6001" }] } }""", "diagnostics: expected IRP6001 not reported, got IRP6001 reported at 2024-03-15T14:40:00Z: ", "diagnostics.absent[0]")]
    [InlineData("""{ "notified": ["engineeringManager"] }""", "notifications: expected engineeringManager notified, got engineeringManager not notified (notified: onCallEngineer, teamLead) ", "notified[0]")]
    [InlineData("""{ "notNotified": ["teamLead"] }""", "notifications: expected teamLead not notified, got teamLead notified at 2024-03-15T14:00:00Z on entering P2 ", "notNotified[0]")]
    [InlineData("""{ "checklist": { "channelOpened": "pending" } }""", """checklist.channelOpened: expected "pending", got "done" (""", "checklist.channelOpened")]
    [InlineData("""{ "messages": { "initialAlert": { "contains": "SEV2" } } }""", """messages.initialAlert: expected a text containing "SEV2", got "INCIDENT DECLARED: P2 - Checkout slow""", "messages.initialAlert.contains")]
    public void An_expectation_the_evaluation_does_not_meet_fails_showing_the_field_what_was_expected_and_what_it_got(string expect, string difference, string path)
    {
        var result = Run(expect);

        var found = Assert.Single(result.Differences);
        Assert.StartsWith(difference.TrimEnd(), found.ToString(), StringComparison.Ordinal);
        Assert.Equal("$.cases[0].expect." + path, found.Location.ToString());
        Assert.False(result.Passed);
    }

    [Fact]
    public void Only_what_a_case_names_is_compared_and_every_difference_is_reported_in_its_order()
    {
        var result = Run("""{ "status": "open", "severity": "P2", "deadlines": { "reviewBy": null, "responseBy": "2024-03-15T16:00:00Z" }, "notified": ["vpEngineering"] }""");

        Assert.Equal(
            ["status", "deadlines.reviewBy", "notifications"],
            result.Differences.Select(d => d.Field));
        Assert.Equal(("\"open\"", "\"resolved\""), (result.Differences[0].Expected, result.Differences[0].Actual));
    }

    [Fact]
    public void Cases_run_in_the_file_order_and_count_passed_and_failed()
    {
        var suite = PolicyTestFile.Read($$"""
            { "cases": [
                { "name": "passes", "incident": {{Incident}}, "at": "2024-03-15T14:40:00Z", "expect": { "severity": "P2" } },
                { "name": "fails", "incident": {{Incident}}, "at": "2024-03-15T14:10:00Z", "expect": { "status": "resolved" } } ] }
            """);

        var result = PolicyTestRunner.Run(suite);

        Assert.Equal(["passes", "fails"], result.Cases.Select(c => c.Case.Name));
        Assert.Equal((1, 1), (result.Passed, result.Failed));
        Assert.Equal("status: expected \"resolved\", got \"open\"", Assert.Single(result.Cases[1].Differences).ToString());
    }

    [Fact]
    public void A_suite_runs_with_the_host_engine_when_given_one()
    {
        var suite = PolicyTestFile.Read($$"""{ "cases": [ { "name": "a", "incident": {{Incident}}, "at": "2024-03-15T14:40:00Z", "expect": { "severity": "P2" } } ] }""");

        var result = PolicyTestRunner.Run(suite, Engines.Default);

        Assert.Equal(1, result.Passed);
    }

    [Fact]
    public void A_rule_reported_more_than_once_shows_every_report()
    {
        // A P2 nobody posts an update for misses one at 16:00 and, escalated to P1 at 18:00, another then.
        var result = PolicyTestRunner.Run(PolicyTestFile.Read($$"""
            { "cases": [
                { "name": "absent", "incident": {{Unattended}}, "at": "2024-03-15T18:10:00Z", "expect": { "diagnostics": { "absent": ["IRP5001"] } } },
                { "name": "at", "incident": {{Unattended}}, "at": "2024-03-15T18:10:00Z", "expect": { "diagnostics": { "present": [{ "id": "IRP5001", "at": "2024-03-15T17:00:00Z" }] } } } ] }
            """));

        var absent = Assert.Single(result.Cases[0].Differences);
        Assert.Matches("^IRP5001 reported at 2024-03-15T16:00:00Z: [^;]+; IRP5001 reported at 2024-03-15T18:00:00Z: [^;]+$", absent.Actual);
        Assert.Equal(
            "diagnostics: expected IRP5001 reported at 2024-03-15T17:00:00Z, got IRP5001 reported only at 2024-03-15T16:00:00Z, 2024-03-15T18:00:00Z",
            Assert.Single(result.Cases[1].Differences).ToString());
    }

    [Fact]
    public void A_recipient_expected_when_the_level_notifies_nobody_says_so()
    {
        var result = PolicyTestRunner.Run(PolicyTestFile.Read($$"""
            { "policy": { "severities": { "P2": { "notify": [] } } },
              "cases": [ { "name": "a", "incident": {{Unattended}}, "at": "2024-03-15T14:00:00Z", "expect": { "notified": ["teamLead"] } } ] }
            """));

        Assert.Equal(
            "notifications: expected teamLead notified, got teamLead not notified (notified: nobody)",
            Assert.Single(Assert.Single(result.Cases).Differences).ToString());
    }

    [Fact]
    public void A_message_whose_template_is_stopped_fails_its_case_saying_why()
    {
        var result = PolicyTestRunner.Run(PolicyTestFile.Read($$$"""
            { "policy": { "communications": { "templates": { "statusUpdate": "{{ title | slice: 5, 2147483647 }}" } } },
              "cases": [ { "name": "a", "incident": {{{Incident}}}, "at": "2024-03-15T14:40:00Z", "expect": { "messages": { "statusUpdate": { "contains": "slow" } } } } ] }
            """));

        var difference = Assert.Single(Assert.Single(result.Cases).Differences).ToString();
        Assert.StartsWith("messages.statusUpdate: expected a text containing \"slow\", got no message: The message template was stopped: a filter was given an argument it cannot use (", difference, StringComparison.Ordinal);
        Assert.Equal(1, result.Failed);
    }

    private static PolicyTestCaseResult Run(string expect) =>
        PolicyTestRunner.Run(PolicyTestFile.Read($$"""{ "cases": [ { "name": "case", "incident": {{Incident}}, "at": "2024-03-15T14:40:00Z", "expect": {{expect}} } ] }""")).Cases.Single();
}
