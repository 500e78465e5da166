using System.Linq;
using IncidentPolicy.Testing;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Testing;

/// <summary>
/// An expectation of the wrong shape (a number where an object or a list belongs, an empty object or list, a blank
/// name, a property the expectation does not have) is a problem at its own path with a message that says what belongs
/// there, every one of a file at once, and nothing else is reported or thrown.
/// </summary>
public sealed class PolicyTestExpectationProblemTests
{
    private const string Incident = """{ "id": "T-1", "title": "Checkout slow", "detectedAt": "2024-03-15T14:00:00Z", "impact": { "usersAffected": "subset", "scope": "coreDegraded" } }""";

    [Fact]
    public void An_expectation_that_is_not_the_object_or_list_it_should_be_says_what_belongs_there()
    {
        var problems = Problems("""{ "channel": 5, "deadlines": 5, "diagnostics": 5, "notified": 5, "checklist": 5 }""");

        Assert.Equal(
            [
                "$.cases[0].expect.channel: expected a channel's name, or null, got the number 5",
                "$.cases[0].expect.deadlines: expected an object of deadlines, such as {\"responseBy\": \"2024-03-15T16:00:00Z\"}, got the number 5",
                "$.cases[0].expect.diagnostics: expected an object with \"present\" and/or \"absent\", lists of rule IDs, got the number 5",
                "$.cases[0].expect.notified: expected a list of recipients, such as [\"teamLead\"], got the number 5",
                "$.cases[0].expect.checklist: expected an object of checklist items and their states, such as {\"channelOpened\": \"done\"}, got the number 5",
            ],
            problems);
    }

    [Fact]
    public void A_blank_or_missing_name_an_item_of_the_wrong_kind_and_an_empty_object_or_list_are_each_reported()
    {
        var problems = Problems("""
            { "severity": " ", "peakSeverity": 5, "notNotified": [5, "teamLead"], "checklist": {},
              "messages": { "initialAlert": { "contains": [] }, "statusUpdate": { "contains": ["P2", 5] } } }
            """);

        Assert.Equal(
            [
                "$.cases[0].expect.severity: expected a level's name such as \"P1\", got the string \" \"",
                "$.cases[0].expect.peakSeverity: expected a level's name such as \"P1\", got the number 5",
                "$.cases[0].expect.notNotified[0]: expected a recipient's name, got the number 5",
                "$.cases[0].expect.checklist: expected at least one checklist item, got an empty object",
                "$.cases[0].expect.messages.initialAlert.contains: expected at least one text, got an empty list",
                "$.cases[0].expect.messages.statusUpdate.contains[1]: expected a non-empty text, got the number 5",
            ],
            problems);
    }

    [Fact]
    public void Every_problem_of_the_diagnostics_expected_is_at_its_path()
    {
        var problems = Problems("""
            { "diagnostics": { "presnt": ["IRP2001"], "absent": 5,
                               "present": [" ", { "id": " " }, { "at": "2024-03-15T14:00:00Z" }, { "id": "IRP2001", "when": "2024-03-15T14:00:00Z" }] } }
            """);

        Assert.Equal(
            [
                "$.cases[0].expect.diagnostics.presnt: unknown property \"presnt\"; did you mean \"present\"?",
                "$.cases[0].expect.diagnostics.present[0]: expected a rule's ID such as \"IRP2001\", or an object with \"id\" and \"at\", got the string \" \"",
                "$.cases[0].expect.diagnostics.present[1].id: expected a rule's ID such as \"IRP2001\", got the string \" \"",
                "$.cases[0].expect.diagnostics.present[2].id: missing: expected a rule's ID such as \"IRP2001\"",
                "$.cases[0].expect.diagnostics.present[3].when: unknown property \"when\"; expected id or at",
                "$.cases[0].expect.diagnostics.absent: expected a list of rule IDs, got the number 5",
            ],
            problems);
    }

    [Fact]
    public void Diagnostics_that_name_neither_present_nor_absent_are_refused()
    {
        Assert.Equal(
            ["$.cases[0].expect.diagnostics: expected \"present\" or \"absent\", got an empty object"],
            Problems("""{ "diagnostics": {} }"""));
    }

    private static string[] Problems(string expect)
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(
            $$"""{ "cases": [ { "name": "a", "incident": {{Incident}}, "at": "2024-03-15T14:00:00Z", "expect": {{expect}} } ] }"""));
        return [.. refused.Problems.Select(p => p.ToString())];
    }
}
