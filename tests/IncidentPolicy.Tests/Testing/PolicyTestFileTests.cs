using System;
using System.IO;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Testing;
using IncidentPolicy.Validation;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Testing;

/// <summary>Reading policy test files: what a file may say, and every problem of a broken one at once, each at its path in the file.</summary>
public sealed class PolicyTestFileTests : IDisposable
{
    private const string Incident = """{ "id": "T-1", "title": "Checkout slow", "detectedAt": "2024-03-15T14:00:00Z", "impact": { "usersAffected": "subset", "scope": "coreDegraded" } }""";

    private readonly string _folder = Directory.CreateTempSubdirectory("incident-policy-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_with_an_inline_incident_and_no_policy_is_read_with_the_default_policy()
    {
        var suite = PolicyTestFile.Read(File("""{ "cases": [ { "name": "p2", "incident": INCIDENT, "at": "2024-03-15T14:00:00Z", "expect": { "severity": "P2" } } ] }"""), source: "t.policytest.json");

        Assert.Same(ResponsePolicy.Default, suite.Policy);
        Assert.Equal("t.policytest.json", suite.Source);
        var testCase = Assert.Single(suite.Cases);
        Assert.Equal(("p2", "T-1", "$.cases[0]"), (testCase.Name, testCase.Incident.Id, testCase.Location.ToString()));
        var expectation = Assert.IsType<ValueExpectation>(Assert.Single(testCase.Expectations));
        Assert.Equal(("severity", "P2", "$.cases[0].expect.severity"), (expectation.Field, expectation.Expected, expectation.Location.ToString()));
    }

    [Fact]
    public void Policy_and_incident_paths_are_relative_to_the_test_file_folder()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "tests"));
        Directory.CreateDirectory(Path.Combine(_folder, "incidents"));
        System.IO.File.WriteAllText(Path.Combine(_folder, "policy.json"), """{ "severities": { "P2": { "responseTime": "PT1H" } } }""");
        System.IO.File.WriteAllText(Path.Combine(_folder, "incidents", "a.json"), Incident);
        var path = Path.Combine(_folder, "tests", "a.policytest.json");
        System.IO.File.WriteAllText(path, """{ "policy": "../policy.json", "cases": [ { "name": "p2", "incident": "../incidents/a.json", "at": "2024-03-15T14:00:00Z", "expect": { "deadlines": { "responseBy": "2024-03-15T15:00:00Z" } } } ] }""");

        var result = PolicyTestRunner.Run(PolicyTestFile.ReadFile(path));

        // 15:00 is the policy file's P2 response time; the default policy's is 16:00.
        Assert.True(Assert.Single(result.Cases).Passed);
    }

    [Fact]
    public void Every_problem_of_a_broken_file_is_reported_at_once_each_at_its_path()
    {
        var json = File("""
            { "polcy": "x.json",
              "cases": [
                { "name": "a", "incident": INCIDENT, "at": "2024-03-15T14:00:00Z", "expect": { "severty": "P1", "status": "closed" } },
                { "name": "a", "incident": 3, "at": "yesterday", "expect": { "deadlines": { "responseBy": "soon", "respondBy": null } } },
                { "incident": INCIDENT, "at": "2024-03-15T13:00:00Z", "expect": { "diagnostics": { "present": ["IRP2O01", { "id": "IRP2001", "at": 5 }] } } },
                "not a case"
              ] }
            """);

        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(json, source: "broken.policytest.json"));

        Assert.Equal(
            [
                "$.polcy: unknown property \"polcy\"; did you mean \"policy\"?",
                "$.cases[0].expect.severty: unknown property \"severty\"; did you mean \"severity\"?",
                "$.cases[0].expect.status: unknown status \"closed\"; expected open, mitigated or resolved",
                "$.cases[1].name: duplicate case name \"a\": each case of a file needs a name of its own",
                "$.cases[1].incident: expected an incident record's path relative to the test file, or an incident record (an object), got the number 3",
                "$.cases[1].at: expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\", got the string \"yesterday\"",
                "$.cases[1].expect.deadlines.respondBy: unknown property \"respondBy\"; did you mean \"responseBy\"?",
                "$.cases[1].expect.deadlines.responseBy: expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\", got the string \"soon\"",
                "$.cases[2].name: missing: expected the case's name, a non-empty string",
                "$.cases[2].at: expected an instant at or after the incident's detection (2024-03-15T14:00:00Z), got \"2024-03-15T13:00:00Z\"",
                "$.cases[2].expect.diagnostics.present[0]: unknown rule \"IRP2O01\"; did you mean \"IRP2001\"?",
                "$.cases[2].expect.diagnostics.present[1].at: expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\", got the number 5",
                "$.cases[3]: expected a case: an object with name, incident, at and expect, got the string \"not a case\"",
            ],
            refused.Problems.Select(p => p.ToString()));
        Assert.StartsWith("broken.policytest.json: The policy test file has 13 problems:\n  $.polcy: ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_incident_or_policy_file_is_reported_at_the_path_that_names_it()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(
            """{ "policy": "no-policy.json", "cases": [ { "name": "a", "incident": "incidents/missing.json", "at": "2024-03-15T14:00:00Z", "expect": { "status": "open" } } ] }""",
            _folder));

        Assert.Equal(
            [
                "$.policy: no such policy file \"no-policy.json\" (paths are relative to the test file's folder)",
                "$.cases[0].incident: no such incident file \"incidents/missing.json\" (paths are relative to the test file's folder)",
            ],
            refused.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void An_incident_file_that_is_not_utf8_is_a_problem_at_the_path_that_names_it_not_a_replaced_character()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Incident.Replace("Checkout slow", "Checkout sl\u00ffw", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)0xC3)] = 0xFF;
        System.IO.File.WriteAllBytes(Path.Combine(_folder, "latin1.json"), bytes);

        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(
            """{ "cases": [ { "name": "a", "incident": "latin1.json", "at": "2024-03-15T14:00:00Z", "expect": { "status": "open" } } ] }""", _folder));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("$.cases[0].incident", problem.Location.ToString());
        Assert.Contains("incident file \"latin1.json\": ", problem.Message, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_in_a_file_read_without_its_folder_is_a_problem()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(
            """{ "cases": [ { "name": "a", "incident": "a.json", "at": "2024-03-15T14:00:00Z", "expect": { "status": "open" } } ] }"""));

        Assert.Equal(
            "$.cases[0].incident: incident file \"a.json\": a path needs the test file's folder (read the file with PolicyTestFile.ReadFile, or give its folder)",
            Assert.Single(refused.Problems).ToString());
    }

    [Fact]
    public void An_invalid_policy_or_incident_file_reports_its_own_problems_at_the_path_that_names_it()
    {
        System.IO.File.WriteAllText(Path.Combine(_folder, "policy.json"), """{ "severities": { "P2": { "escalateAfter": "-PT1H" } } }""");
        System.IO.File.WriteAllText(Path.Combine(_folder, "bad.json"), """{ "id": "B", "detectedAt": "2024-03-15T14:00:00Z", "events": [ { "type": "resolved" } ] }""");

        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(
            """{ "policy": "policy.json", "cases": [ { "name": "a", "incident": "bad.json", "at": "2024-03-15T14:00:00Z", "expect": { "status": "open" } } ] }""",
            _folder));

        Assert.Equal(
            [
                "$.policy: policy file \"policy.json\": $.severities.P2.escalateAfter: must be a positive duration, got \"-PT1H\"",
                "$.cases[0].incident: incident file \"bad.json\": $.events[0].at: missing: expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\"",
            ],
            refused.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void An_invalid_inline_policy_or_incident_reports_its_problems_at_their_own_paths_under_it()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(File("""
            { "policy": { "severities": { "P2": { "escalateAfter": "-PT1H" } } },
              "cases": [ { "name": "a", "incident": { "id": "B", "detectedAt": "2024-03-15T14:00:00Z", "events": [ { "type": "exploded", "at": "2024-03-15T14:00:00Z" } ] },
                           "at": "2024-03-15T14:00:00Z", "expect": { "status": "open" } } ] }
            """)));

        Assert.Equal(
            [
                "$.policy.severities.P2.escalateAfter: must be a positive duration, got \"-PT1H\"",
                "$.cases[0].incident.events[0].type: unknown event type \"exploded\"; expected severityAssigned, acknowledged, roleAssigned, statusUpdatePosted, impactReassessed, mitigationApplied, resolved, reviewCompleted, causeIdentified, channelOpened, investigationStep, observation, reviewScheduled or actionItemCreated",
            ],
            refused.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_level_of_an_incident_is_checked_against_the_policy_under_test()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read("""
            { "cases": [ { "name": "a", "at": "2024-03-15T14:00:00Z", "expect": { "status": "open" },
                           "incident": { "id": "B", "detectedAt": "2024-03-15T14:00:00Z", "events": [ { "type": "severityAssigned", "at": "2024-03-15T14:00:00Z", "severity": "SEV1" } ] } } ] }
            """));

        Assert.StartsWith("$.cases[0].incident.events[0].severity: ", Assert.Single(refused.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_the_policy_or_the_tool_does_not_have_is_bad_input_not_a_test_that_cannot_fail()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(File("""
            { "cases": [ { "name": "a", "incident": INCIDENT, "at": "2024-03-15T14:00:00Z",
                           "expect": { "severity": "SEV2", "peakSeverity": "P9", "diagnostics": { "absent": ["IRP9999"] }, "notNotified": ["teamLeed"],
                                       "checklist": { "chanelOpened": "done", "severityAssigned": "finished" }, "messages": { "alert": { "contains": "x" } } } } ] }
            """)));

        Assert.Equal(
            [
                "$.cases[0].expect.severity: unknown level \"SEV2\"; expected P0, P1, P2 or P3",
                "$.cases[0].expect.peakSeverity: unknown level \"P9\"; expected P0, P1, P2 or P3",
                "$.cases[0].expect.diagnostics.absent[0]: unknown rule \"IRP9999\"; expected IRP1001, IRP1002, IRP1003, IRP1004, IRP2001, IRP3001, IRP4001, IRP4002, IRP4003, IRP5001, IRP5002, IRP5003, IRP6001 or IRP7001",
                "$.cases[0].expect.notNotified[0]: unknown recipient \"teamLeed\"; did you mean \"teamLead\"?",
                "$.cases[0].expect.checklist.chanelOpened: unknown checklist item \"chanelOpened\"; did you mean \"channelOpened\"?",
                "$.cases[0].expect.checklist.severityAssigned: unknown state \"finished\"; expected done, pending, overdue, missed or notApplicable",
                "$.cases[0].expect.messages.alert: unknown message kind \"alert\"; expected initialAlert, statusUpdate, resolution or customer",
            ],
            refused.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_message_format_the_tool_does_not_have_is_refused_listing_the_formats()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(File("""
            { "cases": [ { "name": "a", "incident": INCIDENT, "at": "2024-03-15T14:00:00Z",
                           "expect": { "messages": { "initialAlert": { "contains": "x", "format": "html" } } } } ] }
            """)));

        Assert.Equal(
            "$.cases[0].expect.messages.initialAlert.format: unknown format \"html\"; expected text, markdown or slack",
            Assert.Single(refused.Problems).ToString());
    }

    [Fact]
    public void A_phase_the_engine_does_not_have_is_refused_listing_the_phases()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(File("""
            { "cases": [ { "name": "a", "incident": INCIDENT, "at": "2024-03-15T14:00:00Z", "expect": { "phase": "fixing" } } ] }
            """)));

        Assert.Equal(
            "$.cases[0].expect.phase: unknown phase \"fixing\"; expected investigating, identified, mitigating or resolved",
            Assert.Single(refused.Problems).ToString());
    }

    [Fact]
    public void An_expectation_that_compares_nothing_is_refused()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(File("""
            { "cases": [
                { "name": "a", "incident": INCIDENT, "at": "2024-03-15T14:00:00Z", "expect": {} },
                { "name": "b", "incident": INCIDENT, "at": "2024-03-15T14:00:00Z",
                  "expect": { "deadlines": {}, "notified": [], "messages": { "initialAlert": { "contains": ["", "P2"] } } } } ] }
            """)));

        Assert.Equal(
            [
                "$.cases[0].expect: expected at least one of severity, peakSeverity, status, phase, channel, deadlines, nextEvaluationAt, diagnostics, notified, notNotified, checklist or messages (a case that expects nothing cannot fail), got nothing to compare",
                "$.cases[1].expect.deadlines: expected at least one of responseBy, nextUpdateBy, escalatesAt, earliestResolveAt, reviewBy or nextCustomerUpdateBy, got an empty object",
                "$.cases[1].expect.notified: expected at least one recipient, got an empty list",
                "$.cases[1].expect.messages.initialAlert.contains[0]: expected a non-empty text (every message contains the empty text), got \"\"",
            ],
            refused.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_policy_that_is_neither_a_path_nor_an_object_is_the_one_problem_and_the_cases_are_still_read()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(File("""
            { "policy": 5,
              "cases": [ { "name": "a", "incident": INCIDENT, "at": "2024-03-15T14:00:00Z",
                           "expect": { "severity": "P1", "diagnostics": { "present": ["IRP2001"] }, "notified": ["anyone"] } } ] }
            """)));

        // Without a policy the names of levels and recipients cannot be checked: only the built-in rules' IDs are.
        Assert.Equal(
            "$.policy: expected a policy document's path relative to the test file, or a policy document (an object), got the number 5",
            Assert.Single(refused.Problems).ToString());
    }

    [Fact]
    public void Blank_paths_a_blank_case_name_and_an_unknown_case_property_are_reported_not_looked_up()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(
            """{ "policy": " ", "cases": [ { "name": " ", "nmae": "a", "incident": "", "at": "2024-03-15T14:00:00Z", "expect": { "status": "open" } } ] }""",
            _folder));

        Assert.Equal(
            [
                "$.policy: expected a policy document's path relative to the test file, or a policy document (an object), got the string \" \"",
                "$.cases[0].nmae: unknown property \"nmae\"; did you mean \"name\"?",
                "$.cases[0].name: expected the case's name, a non-empty string, got the string \" \"",
                "$.cases[0].incident: expected an incident record's path relative to the test file, or an incident record (an object), got the string \"\"",
            ],
            refused.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_file_read_from_its_path_is_named_by_that_path_unless_given_a_name()
    {
        var path = Path.Combine(_folder, "a.policytest.json");
        System.IO.File.WriteAllText(path, File("""{ "cases": [ { "name": "a", "incident": INCIDENT, "at": "2024-03-15T14:00:00Z", "expect": { "status": "open" } } ] }"""));

        Assert.Equal(path, PolicyTestFile.ReadFile(path).Source);
        Assert.Equal("tests/a.policytest.json", PolicyTestFile.ReadFile(path, source: "tests/a.policytest.json").Source);
    }

    [Fact]
    public void Text_that_is_not_json_or_a_file_without_cases_is_refused()
    {
        var malformed = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read("{ \"cases\": [ }"));
        var empty = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read("""{ "cases": [] }"""));
        var none = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read("{}"));

        Assert.StartsWith("$: malformed JSON at line 1, position 14: ", Assert.Single(malformed.Problems).ToString(), StringComparison.Ordinal);
        Assert.Equal("$.cases: expected at least one case, got an empty list", Assert.Single(empty.Problems).ToString());
        Assert.Equal("$.cases: missing: expected a list of cases", Assert.Single(none.Problems).ToString());
    }

    private static string File(string json) => json.Replace("INCIDENT", Incident, StringComparison.Ordinal);
}
