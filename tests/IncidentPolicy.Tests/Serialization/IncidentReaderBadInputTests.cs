using System;
using System.IO;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// A document that is not an incident record is refused whole, each problem at its JSON path with what
/// was expected and what was found; a well-formed document reports all its problems at once.
/// </summary>
public sealed class IncidentReaderBadInputTests
{
    private const string Detected = "\"id\": \"INC-1\", \"detectedAt\": \"2024-03-15T10:00:00Z\"";

    private static InvalidIncidentException Refused(string json, string? source = null) =>
        Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json, source));

    private static (string Path, string Message) TheProblem(string json)
    {
        var problem = Assert.Single(Refused(json).Problems);
        return (problem.Path, problem.Message);
    }

    private static string WithEvent(string eventJson) => $$"""{ {{Detected}}, "events": [ { "type": "acknowledged", "at": "2024-03-15T10:01:00Z" }, {{eventJson}} ] }""";

    [Fact]
    public void Malformed_JSON_is_refused_with_its_line_and_position_counted_from_one()
    {
        var problem = TheProblem("{\n  \"id\": \"INC-1\",\n  \"detectedAt\": }");

        Assert.Equal(("$", "malformed JSON at line 3, position 17: expected JSON, got '}'"), problem);
    }

    [Fact]
    public void Text_after_the_record_is_malformed_JSON()
    {
        Assert.Equal(
            ("$", "malformed JSON at line 1, position 4: expected JSON, got 'x'"),
            TheProblem("{} x"));
    }

    [Fact]
    public void Empty_input_is_refused_as_no_JSON()
    {
        Assert.Equal(("$", "expected an incident record (a JSON object), got no JSON: the input is empty"), TheProblem(" \n "));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused_with_their_line_and_position()
    {
        using var stream = new MemoryStream([.. "{\n  \"title\": \""u8, 0xFF, .. "\" }"u8]);

        var problem = Assert.Single(Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(stream)).Problems);

        Assert.Equal(("$", "malformed input at line 2, position 13: expected UTF-8 text, got a byte sequence that is not UTF-8"), (problem.Path, problem.Message));
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"INC-1\"", "the string \"INC-1\"")]
    [InlineData("42", "the number 42")]
    [InlineData("null", "null")]
    public void A_root_that_is_not_an_object_is_refused(string json, string found)
    {
        Assert.Equal(("$", $"expected an incident record (a JSON object), got {found}"), TheProblem(json));
    }

    [Fact]
    public void A_missing_id_is_refused()
    {
        Assert.Equal(("$.id", "missing: expected the incident's id, a non-empty string"), TheProblem("""{ "detectedAt": "2024-03-15T10:00:00Z" }"""));
    }

    [Fact]
    public void A_blank_id_is_refused()
    {
        Assert.Equal(
            ("$.id", "expected the incident's id, a non-empty string, got the string \" \""),
            TheProblem("""{ "id": " ", "detectedAt": "2024-03-15T10:00:00Z" }"""));
    }

    [Fact]
    public void A_missing_detectedAt_is_refused()
    {
        Assert.Equal(
            ("$.detectedAt", "missing: expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\""),
            TheProblem("""{ "id": "INC-1" }"""));
    }

    [Theory]
    [InlineData("\"2024-03-15 10:00\"", "the string \"2024-03-15 10:00\"")]
    [InlineData("\"2024-03-15T10:00:00+01:00\"", "the string \"2024-03-15T10:00:00+01:00\"")]
    [InlineData("\"2024-02-30T10:00:00Z\"", "the string \"2024-02-30T10:00:00Z\"")]
    [InlineData("1710496800", "the number 1710496800")]
    [InlineData("null", "null")]
    public void A_detectedAt_that_is_not_a_UTC_instant_is_refused(string value, string found)
    {
        Assert.Equal(
            ("$.detectedAt", $"expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\", got {found}"),
            TheProblem($$"""{ "id": "INC-1", "detectedAt": {{value}} }"""));
    }

    [Fact]
    public void An_unknown_event_type_is_refused_listing_the_known_types()
    {
        Assert.Equal(
            ("$.events[1].type",
             "unknown event type \"paged\"; expected severityAssigned, acknowledged, roleAssigned, statusUpdatePosted, "
             + "impactReassessed, mitigationApplied, resolved, reviewCompleted, causeIdentified, channelOpened, investigationStep, "
             + "observation, reviewScheduled or actionItemCreated"),
            TheProblem(WithEvent("""{ "type": "paged", "at": "2024-03-15T10:02:00Z" }""")));
    }

    [Fact]
    public void Event_types_are_case_sensitive()
    {
        Assert.Equal("$.events[1].type", TheProblem(WithEvent("""{ "type": "Resolved", "at": "2024-03-15T10:02:00Z" }""")).Path);
    }

    [Fact]
    public void A_missing_event_type_is_refused()
    {
        Assert.Equal(
            ("$.events[1].type",
             "missing: expected the event's type, one of severityAssigned, acknowledged, roleAssigned, statusUpdatePosted, "
             + "impactReassessed, mitigationApplied, resolved, reviewCompleted, causeIdentified, channelOpened, investigationStep, "
             + "observation, reviewScheduled or actionItemCreated"),
            TheProblem(WithEvent("""{ "at": "2024-03-15T10:02:00Z" }""")));
    }

    [Fact]
    public void A_missing_event_at_is_refused()
    {
        Assert.Equal(
            ("$.events[1].at", "missing: expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\""),
            TheProblem(WithEvent("""{ "type": "resolved" }""")));
    }

    [Fact]
    public void A_bad_event_at_is_refused()
    {
        Assert.Equal(
            ("$.events[1].at", "expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\", got the string \"yesterday\""),
            TheProblem(WithEvent("""{ "type": "resolved", "at": "yesterday" }""")));
    }

    [Fact]
    public void A_severity_that_is_not_a_string_is_refused()
    {
        Assert.Equal(
            ("$.events[1].severity", "expected the name of a severity level, a string such as \"P1\", got the number 1"),
            TheProblem(WithEvent("""{ "type": "severityAssigned", "at": "2024-03-15T10:02:00Z", "severity": 1 }""")));
    }

    [Fact]
    public void A_missing_severity_is_refused()
    {
        Assert.Equal(
            ("$.events[1].severity", "missing: expected the name of a severity level, a string such as \"P1\""),
            TheProblem(WithEvent("""{ "type": "severityAssigned", "at": "2024-03-15T10:02:00Z", "by": "alice" }""")));
    }

    [Fact]
    public void An_unknown_role_is_refused_listing_the_roles()
    {
        Assert.Equal(
            ("$.events[1].role", "unknown role \"ic\"; expected incidentCommander, technicalLead, communicationsLead or scribe"),
            TheProblem(WithEvent("""{ "type": "roleAssigned", "at": "2024-03-15T10:02:00Z", "role": "ic", "person": "carol" }""")));
    }

    [Fact]
    public void A_role_assignment_without_a_person_is_refused()
    {
        Assert.Equal(
            ("$.events[1].person", "missing: expected who holds the role, a non-empty string"),
            TheProblem(WithEvent("""{ "type": "roleAssigned", "at": "2024-03-15T10:02:00Z", "role": "scribe" }""")));
    }

    [Fact]
    public void An_action_item_with_a_blank_title_is_refused_quoting_it()
    {
        Assert.Equal(
            ("$.events[1].title", "expected what is to be done, a non-empty string, got the string \" \""),
            TheProblem(WithEvent("""{ "type": "actionItemCreated", "at": "2024-03-15T10:02:00Z", "title": " ", "owner": "dave", "dueDate": "2024-04-01" }""")));
    }

    [Fact]
    public void An_unknown_usersAffected_is_refused_listing_the_values()
    {
        Assert.Equal(
            ("$.impact.usersAffected", "unknown value \"everyone\"; expected all, most, subset, internal or unknown"),
            TheProblem($$"""{ {{Detected}}, "impact": { "usersAffected": "everyone" } }"""));
    }

    [Fact]
    public void An_unknown_scope_is_refused_listing_the_values()
    {
        Assert.Equal(
            ("$.impact.scope", "unknown value \"degraded\"; expected outage, coreSeverelyImpaired, coreDegraded, nonCore, cosmetic or unknown"),
            TheProblem($$"""{ {{Detected}}, "impact": { "scope": "degraded" } }"""));
    }

    [Fact]
    public void An_unknown_value_in_a_reassessment_is_refused_at_its_path()
    {
        Assert.Equal(
            ("$.events[1].impact.scope", "unknown value \"down\"; expected outage, coreSeverelyImpaired, coreDegraded, nonCore, cosmetic or unknown"),
            TheProblem(WithEvent("""{ "type": "impactReassessed", "at": "2024-03-15T10:02:00Z", "impact": { "scope": "down" } }""")));
    }

    [Fact]
    public void A_reassessment_without_impact_is_refused()
    {
        Assert.Equal(
            ("$.events[1].impact", "missing: expected the reassessed impact, an object"),
            TheProblem(WithEvent("""{ "type": "impactReassessed", "at": "2024-03-15T10:02:00Z" }""")));
    }

    [Fact]
    public void A_flag_that_is_not_a_boolean_is_refused()
    {
        Assert.Equal(
            ("$.impact.securityBreach", "expected true or false, got the string \"yes\""),
            TheProblem($$"""{ {{Detected}}, "impact": { "securityBreach": "yes" } }"""));
    }

    [Fact]
    public void Events_that_are_not_an_array_are_refused()
    {
        Assert.Equal(("$.events", "expected the incident's events, an array, got an object"), TheProblem($$"""{ {{Detected}}, "events": {} }"""));
    }

    [Fact]
    public void Input_that_ends_too_soon_says_so()
    {
        Assert.Equal(("$", "malformed JSON at line 1, position 16: expected JSON, got the end of the input"), TheProblem("{ \"id\": \"INC-1\""));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_read_as_in_every_document()
    {
        var incident = IncidentJson.ReadIncident($$"""
            {
              // the first record
              "title": "a comment follows", /* between fields */
              {{Detected}},
              "events": [ { "type": "resolved", "at": "2024-03-15T11:00:00Z", }, ],
            }
            """);

        Assert.Equal(("INC-1", 1), (incident.Id, incident.Events.Length));
    }

    [Fact]
    public void An_event_that_is_not_an_object_is_refused()
    {
        Assert.Equal(("$.events[0]", "expected an event (a JSON object), got the string \"resolved\""), TheProblem($$"""{ {{Detected}}, "events": ["resolved"] }"""));
    }

    [Fact]
    public void A_property_given_twice_is_refused()
    {
        Assert.Equal(
            ("$.detectedAt", "duplicate property \"detectedAt\": a property may appear only once in an object"),
            TheProblem($$"""{ {{Detected}}, "detectedAt": "2024-03-15T11:00:00Z" }"""));
    }

    [Fact]
    public void A_string_with_an_unpaired_surrogate_is_refused()
    {
        Assert.Equal(
            ("$.title", "expected the incident's title, a string, got a string that is not valid Unicode text (an unpaired surrogate escape)"),
            TheProblem($$"""{ {{Detected}}, "title": "bad \ud800 text" }"""));
    }

    [Fact]
    public void Every_problem_of_a_well_formed_document_is_listed_in_document_order()
    {
        var error = Refused("""
            { "title": 7, "detectedAt": "soon",
              "impact": { "usersAffected": "everyone", "dataCorruption": 1 },
              "events": [
                { "type": "acknowledged" },
                { "type": "paged", "at": "2024-03-15T10:02:00Z" },
                { "type": "roleAssigned", "at": "2024-03-15T10:03:00Z", "role": "boss", "person": "" },
                { "type": "severityAssigned", "at": 3, "severity": false } ] }
            """);

        Assert.Equal(
            ["$.id", "$.title", "$.detectedAt", "$.impact.usersAffected", "$.impact.dataCorruption", "$.events[0].at", "$.events[1].type",
             "$.events[2].role", "$.events[2].person", "$.events[3].at", "$.events[3].severity"],
            error.Problems.Select(p => p.Path));
        Assert.StartsWith("The incident record has 11 problems:", error.Message, StringComparison.Ordinal);
        Assert.Null(error.IncidentId);
    }

    [Fact]
    public void Text_of_the_wrong_kind_is_refused_at_its_path_saying_what_each_field_holds()
    {
        var json = $$"""
            { {{Detected}}, "impact": "big", "events": [
                { "type": "severityAssigned", "at": "2024-03-15T10:01:00Z", "severity": " ", "by": 5, "reason": [] },
                { "type": "acknowledged", "at": "2024-03-15T10:02:00Z", "by": true },
                { "type": "mitigationApplied", "at": "2024-03-15T10:03:00Z", "action": {} },
                { "type": "channelOpened", "at": "2024-03-15T10:04:00Z", "channel": 1 },
                { "type": "observation", "at": "2024-03-15T10:05:00Z", "signal": "errorRateSpike", "detail": false } ] }
            """;

        Assert.Equal(
            [("$.impact", "expected the impact assessment, an object, got the string \"big\""),
             ("$.events[0].severity", "expected the name of a severity level, a string such as \"P1\", got the string \" \""),
             ("$.events[0].by", "expected who assigned it, a string, got the number 5"),
             ("$.events[0].reason", "expected why, a string, got an array"),
             ("$.events[1].by", "expected who acknowledged it, a string, got true"),
             ("$.events[2].action", "expected what was done, a string, got an object"),
             ("$.events[3].channel", "expected the channel or bridge opened, a string, got the number 1"),
             ("$.events[4].detail", "expected more about it, a string, got false")],
            Refused(json).Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void Read_with_a_policy_a_severity_that_is_not_text_is_one_problem_and_not_also_an_unknown_level()
    {
        var json = WithEvent("""{ "type": "severityAssigned", "at": "2024-03-15T10:02:00Z", "severity": 3 }""");

        var error = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json, options: new IncidentReadOptions { Policy = ResponsePolicy.Default }));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("$.events[1].severity", "expected the name of a severity level, a string such as \"P1\", got the number 3"), (problem.Path, problem.Message));
    }

    [Fact]
    public void The_source_is_put_in_front_of_the_message_and_the_record_is_named_by_its_id()
    {
        var error = Refused(WithEvent("""{ "type": "paged", "at": "2024-03-15T10:02:00Z" }"""), source: "incidents/inc-1.json");

        Assert.Equal("incidents/inc-1.json", error.SourceName);
        Assert.Equal("INC-1", error.IncidentId);
        Assert.StartsWith("incidents/inc-1.json: Incident record 'INC-1' is invalid: $.events[1].type: unknown event type \"paged\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_source_the_message_starts_with_the_record()
    {
        var error = Refused("{");

        Assert.Null(error.SourceName);
        Assert.StartsWith("The incident record is invalid: $: malformed JSON at line 1, position 2:", error.Message, StringComparison.Ordinal);
    }
}
