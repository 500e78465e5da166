using System.Linq;
using IncidentPolicy.Advice;
using IncidentPolicy.Communications;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// What users rely on when a policy document is wrong (its <c>advisor</c> tables, <c>documents</c>, <c>communications</c>,
/// <c>severities</c>, <c>checklist</c>, <c>classification</c>, <c>businessCalendar</c> and <c>rules</c> sections): every problem is reported at once, each at the exact path of the value
/// at fault and with a message that says what was expected and what was found, so an author can fix the whole document in
/// one pass; and a well-formed document is read with the values it was given (a <c>null</c> clearing where one is allowed).
/// </summary>
public sealed class PolicyDocumentReaderProblemTests
{
    private static string[] ProblemsOf(string json) =>
        [.. Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride(json)).Problems
            .Select(p => $"{p.Path} | {p.Message}")
            .Order(System.StringComparer.Ordinal)];

    private static string Sorted(params string[] lines) =>
        string.Join("\n", lines.Order(System.StringComparer.Ordinal));

    [Fact]
    public void The_documents_problems_are_listed_in_its_order_then_those_of_the_policy_built_from_it()
    {
        var refused = Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride("""
            { "severities": { "P2": { "escalateAfter": "-PT1H", "bogus2": 1 } },
              "rules": { "IRP0000": { "severity": "warning" } },
              "bogus": 1,
              "businessCalendar": { "timeZone": "Europe/London", "timeZone": "Europe/Paris", "workingDays": ["monday", "Funday"] } }
            """));

        Assert.Equal(
            ["$.severities.P2.bogus2", "$.bogus", "$.businessCalendar.timeZone", "$.businessCalendar.workingDays[1]", "$.severities.P2.escalateAfter", "$.rules.IRP0000"],
            refused.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Every_problem_of_an_investigation_step_is_reported_with_its_path_and_message()
    {
        var steps = string.Join(", ", AdvisorSignals.Steps);

        var problems = ProblemsOf("""
            { "advisor": {
                "stepsReplace": 5,
                "steps": [
                  7,
                  { "title": " ", "lookFor": [] },
                  { "step": " ", "lookFor": ["stack traces", " "], "extra": 1 },
                  { "step": "logz", "title": "Read the logs", "lookFor": "x" },
                  { "step": "logs", "lookFor": ["timeouts"] },
                  { "step": "logs", "title": "Read the logs" } ] } }
            """);

        Assert.Equal(
            Sorted(
                "$.advisor.stepsReplace | expected an array of objects, got the number 5",
                "$.advisor.steps[0] | expected a step: an object with step, title and lookFor, got the number 7",
                $"$.advisor.steps[1].step | missing: expected the step's key, one of {steps}",
                "$.advisor.steps[1].title | expected the step's title (a string), got the string \" \"",
                "$.advisor.steps[1].lookFor | missing: expected at least one entry, what to look for",
                $"$.advisor.steps[2].step | expected the step's key, one of {steps}, got the string \" \"",
                "$.advisor.steps[2].title | missing: expected the step's title (a string)",
                "$.advisor.steps[2].lookFor[1] | expected what to look for, got a blank string",
                "$.advisor.steps[2].extra | unknown property \"extra\"; expected step, title or lookFor",
                "$.advisor.steps[3].step | unknown step \"logz\"; did you mean \"logs\"?",
                "$.advisor.steps[3].lookFor | expected an array of strings, each what to look for, got the string \"x\"",
                "$.advisor.steps[4].title | missing: expected the step's title (a string)",
                "$.advisor.steps[5].lookFor | missing: expected an array of strings, each what to look for"),
            string.Join("\n", problems));
    }

    [Fact]
    public void Every_problem_of_a_hypothesis_is_reported_with_its_path_and_message()
    {
        var problems = ProblemsOf("""
            { "advisor": {
                "hypotheses": [
                  "x",
                  { },
                  { "key": " ", "title": " ", "signals": [], "howToTest": " ", "mitigations": [" "], "reminder": " " },
                  { "key": "k", "title": "T", "signals": ["latencyIncreas", 3], "howToTest": "H", "mitigations": 4, "reminder": null },
                  { "key": "k2", "title": "T", "signals": ["latencyIncrease"], "howToTest": "H", "reminder": 7, "extra": true },
                  { "title": "T", "signals": ["latencyIncrease"], "howToTest": "H" } ] } }
            """);

        Assert.Equal(
            Sorted(
                "$.advisor.hypotheses[0] | expected a hypothesis: an object with key, title, signals, howToTest, mitigations and reminder, got the string \"x\"",
                "$.advisor.hypotheses[1].key | missing: expected the hypothesis's key (a string)",
                "$.advisor.hypotheses[1].title | missing: expected the hypothesis (a string)",
                "$.advisor.hypotheses[1].signals | missing: expected an array of signal names",
                "$.advisor.hypotheses[1].howToTest | missing: expected how to test it (a string)",
                "$.advisor.hypotheses[2].key | expected the hypothesis's key (a string), got the string \" \"",
                "$.advisor.hypotheses[2].title | expected the hypothesis (a string), got the string \" \"",
                "$.advisor.hypotheses[2].signals | missing: expected at least one signal",
                "$.advisor.hypotheses[2].howToTest | expected how to test it (a string), got the string \" \"",
                "$.advisor.hypotheses[2].mitigations[0] | expected a mitigation's key, got a blank string",
                "$.advisor.hypotheses[2].reminder | expected a reminder (a string), or null for none, got the string \" \"",
                "$.advisor.hypotheses[3].signals[0] | unknown signal \"latencyIncreas\"; did you mean \"latencyIncrease\"?",
                "$.advisor.hypotheses[3].signals[1] | expected a signal name (a string), got the number 3",
                "$.advisor.hypotheses[3].mitigations | expected an array of strings, each a mitigation's key, got the number 4",
                "$.advisor.hypotheses[4].reminder | expected a reminder (a string), or null for none, got the number 7",
                "$.advisor.hypotheses[4].extra | unknown property \"extra\"; expected key, title, signals, howToTest, mitigations or reminder",
                "$.advisor.hypotheses[5].key | missing: expected the hypothesis's key (a string)"),
            string.Join("\n", problems));
    }

    [Fact]
    public void Every_problem_of_a_mitigation_is_reported_with_its_path_and_message_and_offered_with_may_be_left_out()
    {
        var problems = ProblemsOf("""
            { "advisor": {
                "mitigations": [
                  1,
                  { },
                  { "key": " ", "title": " ", "whenToUse": " ", "how": " ", "risk": " ", "offeredWith": "x", "extra": 1 },
                  { "key": "m", "title": "T", "whenToUse": "W", "how": "H", "risk": "R", "offeredWith": ["recentDeploi"] },
                  { "key": "m2", "title": "T", "whenToUse": "W", "how": "H" } ] } }
            """);

        Assert.Equal(
            Sorted(
                "$.advisor.mitigations[0] | expected a mitigation: an object with key, title, whenToUse, how, risk and offeredWith, got the number 1",
                "$.advisor.mitigations[1].key | missing: expected the mitigation's key (a string)",
                "$.advisor.mitigations[1].title | missing: expected the mitigation's title (a string)",
                "$.advisor.mitigations[1].whenToUse | missing: expected when to use it (a string)",
                "$.advisor.mitigations[1].how | missing: expected how to apply it (a string)",
                "$.advisor.mitigations[1].risk | missing: expected its risk (a string)",
                "$.advisor.mitigations[2].key | expected the mitigation's key (a string), got the string \" \"",
                "$.advisor.mitigations[2].title | expected the mitigation's title (a string), got the string \" \"",
                "$.advisor.mitigations[2].whenToUse | expected when to use it (a string), got the string \" \"",
                "$.advisor.mitigations[2].how | expected how to apply it (a string), got the string \" \"",
                "$.advisor.mitigations[2].risk | expected its risk (a string), got the string \" \"",
                "$.advisor.mitigations[2].offeredWith | expected an array of signal names such as \"recentDeploy\", got the string \"x\"",
                "$.advisor.mitigations[2].extra | unknown property \"extra\"; expected key, title, whenToUse, how, risk or offeredWith",
                "$.advisor.mitigations[3].offeredWith[0] | unknown signal \"recentDeploi\"; did you mean \"recentDeploy\"?",
                "$.advisor.mitigations[4].risk | missing: expected its risk (a string)"),
            string.Join("\n", problems));
    }

    [Fact]
    public void Well_formed_entries_are_read_with_their_values_and_an_empty_or_missing_optional_list_reads_as_none()
    {
        var policy = PolicyJson.ReadOverride("""
            { "advisor": {
                "stepsReplace": [{ "step": "logs", "title": "Read the logs", "lookFor": [" timeouts ", "stack traces"] }],
                "hypothesesReplace": [
                  { "key": "h1", "title": "Queue", "signals": ["latencyIncrease", "recentDeploy"], "howToTest": "Look.", "mitigations": [], "reminder": null },
                  { "key": "h2", "title": "Other", "signals": ["latencyIncrease"], "howToTest": "Test.", "mitigations": ["rollback"], "reminder": "Tell them." }],
                "mitigations": [{ "key": "m1", "title": "Scale", "whenToUse": "Load", "how": "Add", "risk": "Cost", "offeredWith": [] }] } }
            """);

        var step = Assert.Single(policy.Advisor.Steps);
        Assert.Equal(("logs", "Read the logs"), (step.Key, step.Title));
        Assert.Equal(["timeouts", "stack traces"], step.LookFor.ToArray());
        Assert.Equal(["h1", "h2"], policy.Advisor.Hypotheses.Select(h => h.Key).ToArray());
        var first = policy.Advisor.Hypotheses[0];
        Assert.Equal(("Queue", "Look.", (string?)null), (first.Title, first.HowToTest, first.Reminder));
        Assert.Equal(["latencyIncrease", "recentDeploy"], first.Signals.ToArray());
        Assert.Empty(first.Mitigations);
        Assert.Equal(["rollback"], policy.Advisor.Hypotheses[1].Mitigations.ToArray());
        Assert.Equal("Tell them.", policy.Advisor.Hypotheses[1].Reminder);
        var mitigation = policy.Advisor.Mitigation("m1")!;
        Assert.Equal(("Scale", "Load", "Add", "Cost"), (mitigation.Title, mitigation.WhenToUse, mitigation.How, mitigation.Risk));
        Assert.Empty(mitigation.OfferedWith);
    }

    [Fact]
    public void Every_problem_of_the_documents_section_is_reported_with_its_path_and_message()
    {
        var problems = ProblemsOf("""
            { "documents": {
                "runbook": { "sections": [" "], "stepsSection": " ", "paths": [" "] },
                "review": { "sections": 5, "ignoreNames": [" ", 3] },
                "changingCommands": 5,
                "changingCommandsReplace": [3],
                "runbookMaxAge": null } }
            """);

        Assert.Equal(
            Sorted(
                "$.documents.runbook.sections[0] | expected a section name, got a blank string",
                "$.documents.runbook.stepsSection | expected a section name (a string), got the string \" \"",
                "$.documents.runbook.paths[0] | expected a path pattern such as \"runbooks/**/*.md\", got a blank string",
                "$.documents.review.sections | expected an array of strings, each a section name, got the number 5",
                "$.documents.review.ignoreNames[0] | expected a name that is not a person, such as \"dependabot\", got a blank string",
                "$.documents.review.ignoreNames[1] | expected a name that is not a person, such as \"dependabot\" (a string), got the number 3",
                "$.documents.changingCommands | expected an array of command patterns such as \"kubectl rollout restart|undo\", got the number 5",
                "$.documents.changingCommandsReplace[0] | expected a command pattern (a string), got the number 3",
                "$.documents.runbookMaxAge | expected a positive ISO-8601 duration such as \"PT30M\", \"PT4H\" or \"P7D\", got null"),
            string.Join("\n", problems));
    }

    [Fact]
    public void The_review_layout_is_read_with_its_names_trimmed()
    {
        var policy = PolicyJson.ReadOverride("""{ "documents": { "review": { "sections": ["Summary"], "ignoreNames": [" dependabot "] } } }""");

        Assert.Equal(["Summary"], policy.Documents.Review.Sections.ToArray());
        Assert.Equal(["dependabot"], policy.Documents.Review.IgnoreNames.ToArray());
    }

    [Fact]
    public void Every_problem_of_the_communications_section_is_reported_with_its_path_and_message()
    {
        var problems = ProblemsOf("""
            { "communications": { "serviceName": 5, "customerTimeZone": "Mars/Base",
              "templates": { "customr": "x", "statusUpdate": 5 } } }
            """);

        Assert.Equal(
            Sorted(
                "$.communications.serviceName | expected a string or null, got the number 5",
                "$.communications.customerTimeZone | unknown time zone \"Mars/Base\"; expected an IANA zone ID such as \"Europe/London\" or \"UTC\"",
                "$.communications.templates.customr | unknown message kind \"customr\"; did you mean \"customer\"?",
                "$.communications.templates.statusUpdate | expected a Liquid template (a string) or null, got the number 5"),
            string.Join("\n", problems));
    }

    [Fact]
    public void Null_clears_the_service_name_the_customer_time_zone_and_a_template()
    {
        var basePolicy = PolicyJson.ReadOverride("""
            { "communications": { "serviceName": "Acme Pay", "customerTimeZone": "Europe/London", "templates": { "customer": "{{ serviceName }}" } } }
            """);

        var policy = PolicyJson.ReadOverride("""
            { "communications": { "serviceName": null, "customerTimeZone": null, "templates": { "customer": null } } }
            """, basePolicy);

        Assert.Equal(("Acme Pay", "Europe/London"), (basePolicy.Communications.ServiceName, basePolicy.Communications.CustomerTimeZone?.Id));
        Assert.Null(policy.Communications.ServiceName);
        Assert.Null(policy.Communications.CustomerTimeZone);
        Assert.False(policy.Communications.Templates.ContainsKey(MessageKind.Customer));
    }

    [Fact]
    public void A_level_that_is_not_an_object_and_durations_that_are_not_positive_are_reported_with_their_path_and_message()
    {
        var problems = ProblemsOf("""
            { "severities": { "P3": 5, "P1": { "responseTime": "PT0S" } },
              "checklist": { "triageWithin": "PT0S", "requiresChannel": [" ", 3] } }
            """);

        Assert.Equal(
            Sorted(
                "$.severities.P3 | expected an object, or null to remove the level, got the number 5",
                "$.severities.P1.responseTime | must be a positive duration, got \"PT0S\"",
                "$.checklist.triageWithin | must be a positive duration, got \"PT0S\"",
                "$.checklist.requiresChannel[0] | expected a level's name such as \"P1\", got a blank string",
                "$.checklist.requiresChannel[1] | expected a level's name such as \"P1\" (a string), got the number 3"),
            string.Join("\n", problems));
    }

    [Fact]
    public void A_null_escalate_to_stops_the_level_escalating_and_a_null_title_reads_as_empty()
    {
        var policy = PolicyJson.ReadOverride("""{ "severities": { "P2": { "escalateTo": null, "title": null } } }""");

        Assert.Null(policy["P2"].Escalation);
        Assert.Equal(string.Empty, policy["P2"].Title);
    }

    [Fact]
    public void A_diff_report_with_a_null_diff_is_refused_with_a_message_naming_it()
    {
        var error = Assert.Throws<System.ArgumentException>(() => PolicyDiffJson.WriteReport("old", "new", [null!]));

        Assert.Equal("diffs", error.ParamName);
        Assert.StartsWith("A diff of the report is null.", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_classification_cell_a_business_days_object_and_a_calendar_zone_are_reported_with_their_path_and_message()
    {
        var problems = ProblemsOf("""
            { "classification": { "outage": { "all": 5, "internal": null } },
              "checklist": { "triageWithin": { } },
              "businessCalendar": { "timeZone": "Mars/Base" } }
            """);

        Assert.Equal(
            Sorted(
                "$.classification.outage.all | expected the name of a severity level, a string such as \"P1\", got the number 5",
                "$.classification.outage.internal | expected the name of a severity level, a string such as \"P1\", got null",
                "$.checklist.triageWithin.businessDays | missing: expected a whole number of business days, 1 or more",
                "$.businessCalendar.timeZone | unknown time zone \"Mars/Base\"; expected an IANA zone ID such as \"Europe/London\" or \"UTC\""),
            string.Join("\n", problems));
    }

    [Fact]
    public void A_response_time_of_zero_is_reported_quoting_the_text_the_document_gave_and_a_null_one_is_refused()
    {
        var problems = ProblemsOf("""
            { "severities": { "P1": { "responseTime": "PT0M" }, "P2": { "responseTime": null } } }
            """);

        Assert.Equal(
            Sorted(
                "$.severities.P1.responseTime | must be a positive duration, got \"PT0M\"",
                $"$.severities.P2.responseTime | expected {ProblemMessages.ResponseTime}, got null"),
            string.Join("\n", problems));
    }

    [Fact]
    public void An_unknown_property_of_the_review_layout_is_reported_with_the_name_it_meant()
    {
        var problems = ProblemsOf("""{ "documents": { "review": { "sectons": ["Summary"] } } }""");

        Assert.Equal(
            "$.documents.review.sectons | unknown property \"sectons\"; did you mean \"sections\"?",
            string.Join("\n", problems));
    }

    [Fact]
    public void A_duration_that_may_be_null_says_so_once_when_it_is_neither()
    {
        var problems = ProblemsOf("""
            { "severities": { "P1": {
                "reviewWithin": 5,
                "customerUpdateCadence": true,
                "escalateAfter": 5,
                "verificationWindow": "soon" } } }
            """);

        Assert.Equal(
            Sorted(
                $"$.severities.P1.reviewWithin | expected {ProblemMessages.DurationOrBusinessDays}, or null, got the number 5",
                $"$.severities.P1.customerUpdateCadence | expected {ProblemMessages.UpdateCadence}, or null, got true",
                $"$.severities.P1.escalateAfter | expected {ProblemMessages.Duration}, or null, got the number 5",
                $"$.severities.P1.verificationWindow | expected {ProblemMessages.Duration}, or null, got the string \"soon\""),
            string.Join("\n", problems));
    }

    [Fact]
    public void A_cadence_phase_whose_every_or_for_is_wrong_is_reported_once_there_and_not_also_as_missing()
    {
        var problems = ProblemsOf("""
            { "severities": {
                "P1": { "updateCadence": [
                  { "every": 5, "for": "PT1H" },
                  { "every": { "businessDays": 0 }, "for": "PT1H" },
                  { "every": "PT1H" } ] },
                "P2": { "updateCadence": [
                  { "every": "PT20M", "for": "2 hours" },
                  { "every": "PT1H" } ] } } }
            """);

        Assert.Equal(
            Sorted(
                $"$.severities.P1.updateCadence[0].every | expected {ProblemMessages.DurationOrBusinessDays}, got the number 5",
                "$.severities.P1.updateCadence[1].every.businessDays | must be 1 or more business days, got 0",
                $"$.severities.P2.updateCadence[0].for | expected {ProblemMessages.Duration}, got the string \"2 hours\""),
            string.Join("\n", problems));
    }

    [Fact]
    public void The_unknown_scope_and_users_answers_are_not_classification_cells_and_a_misspelt_scopes_row_is_not_read()
    {
        var problems = ProblemsOf("""
            { "classification": {
                "unknown": { "all": "P1" },
                "outage": { "unknown": "P1" },
                "outag": { "all": 5 } } }
            """);

        Assert.Equal(
            Sorted(
                "$.classification.unknown | unknown scope \"unknown\"; expected outage, coreSeverelyImpaired, coreDegraded, nonCore or cosmetic",
                "$.classification.outage.unknown | unknown users value \"unknown\"; expected all, most, subset or internal",
                "$.classification.outag | unknown scope \"outag\"; did you mean \"outage\"?"),
            string.Join("\n", problems));
    }

    [Fact]
    public void Every_problem_of_the_business_calendar_is_reported_with_its_path_and_message()
    {
        var problems = ProblemsOf("""
            { "businessCalendar": {
                "timeZone": null,
                "workingHours": { "start": 9, "end": "5pm", "begin": "08:00" },
                "holiday": [] } }
            """);

        Assert.Equal(
            Sorted(
                "$.businessCalendar.timeZone | expected a string, got null",
                "$.businessCalendar.workingHours.start | expected a local time such as \"09:00\", got the number 9",
                "$.businessCalendar.workingHours.end | expected a local time such as \"09:00\", got the string \"5pm\"",
                "$.businessCalendar.workingHours.begin | unknown property \"begin\"; expected start or end",
                "$.businessCalendar.holiday | unknown property \"holiday\"; did you mean \"holidays\"?"),
            string.Join("\n", problems));
    }

    [Fact]
    public void A_rule_severity_that_is_not_an_object_or_has_a_misspelt_field_is_reported_with_its_path_and_message()
    {
        var problems = ProblemsOf("""
            { "rules": { "IRP5001": 5, "IRP5002": { "severty": "off" } } }
            """);

        Assert.Equal(
            Sorted(
                "$.rules.IRP5001 | expected an object with a severity, got the number 5",
                "$.rules.IRP5002.severty | unknown property \"severty\"; did you mean \"severity\"?"),
            string.Join("\n", problems));
    }

    [Fact]
    public void A_triage_time_that_is_not_positive_is_reported_as_the_document_wrote_it_and_null_is_refused()
    {
        Assert.Equal(
            "$.checklist.triageWithin | must be a positive duration, got \"PT0M\"",
            string.Join("\n", ProblemsOf("""{ "checklist": { "triageWithin": "PT0M" } }""")));
        Assert.Equal(
            "$.checklist.triageWithin | expected a positive ISO-8601 duration such as \"PT30M\" or \"P7D\", an object such as {\"businessDays\": 5}, or \"nextBusinessDay\", got null",
            string.Join("\n", ProblemsOf("""{ "checklist": { "triageWithin": null } }""")));
    }

    [Fact]
    public void A_misspelt_step_key_is_one_problem_and_the_step_is_left_out_of_the_table()
    {
        var problems = ProblemsOf("""
            { "advisor": { "steps": [{ "step": "logz", "title": "Read the logs", "lookFor": ["timeouts"] }] } }
            """);

        Assert.Equal("$.advisor.steps[0].step | unknown step \"logz\"; did you mean \"logs\"?", string.Join("\n", problems));
    }

    [Fact]
    public void A_hypothesis_with_an_unknown_property_is_left_out_whole_so_nothing_else_is_reported_of_it()
    {
        var problems = ProblemsOf("""
            { "advisor": { "hypotheses": [
                { "key": "queueBacklog", "title": "A queue is backed up", "signals": ["latencyIncrease"], "howToTest": "Check the queue.",
                  "mitigations": ["drainQueue"], "reminder": "Tell the owners.", "notes": "x" }] } }
            """);

        Assert.Equal(
            "$.advisor.hypotheses[0].notes | unknown property \"notes\"; expected key, title, signals, howToTest, mitigations or reminder",
            string.Join("\n", problems));
    }

    [Theory]
    [InlineData("""{ "key": "h", "title": "T", "howToTest": "H" }""", "$.advisor.hypotheses[0].signals | missing: expected an array of signal names")]
    [InlineData("""{ "key": "h", "title": "T", "signals": [], "howToTest": "H" }""", "$.advisor.hypotheses[0].signals | missing: expected at least one signal")]
    [InlineData("""{ "key": "h", "title": "T", "signals": ["latencyIncreas"], "howToTest": "H" }""", "$.advisor.hypotheses[0].signals[0] | unknown signal \"latencyIncreas\"; did you mean \"latencyIncrease\"?")]
    public void A_hypothesis_without_signals_or_with_an_empty_or_unknown_signal_is_reported_once_where_the_document_has_it(string hypothesis, string problem) =>
        Assert.Equal(problem, string.Join("\n", ProblemsOf($$"""{ "advisor": { "hypotheses": [{{hypothesis}}] } }""")));

    [Fact]
    public void A_replacing_mitigation_table_with_a_problem_leaves_the_table_as_it_was_so_the_hypotheses_still_find_theirs()
    {
        var problems = ProblemsOf("""
            { "advisor": { "mitigationsReplace": [
                { "key": "m", "title": "Scale", "whenToUse": "Load", "how": "Add", "risk": "Cost", "notes": "x" }] } }
            """);

        Assert.Equal(
            "$.advisor.mitigationsReplace[0].notes | unknown property \"notes\"; expected key, title, whenToUse, how, risk or offeredWith",
            string.Join("\n", problems));
    }
}
