using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// A property the format does not define is refused wherever it is, with the known name it most likely
/// meant, so that a typo is never read as "left out" (a record without <c>impact</c> pages everyone at P0).
/// Hosts opt out explicitly; every problem of a record, of its format and of its rules, comes in one list.
/// </summary>
public sealed class StrictIncidentRecordTests
{
    private const string Detected = "\"id\": \"INC-1\", \"detectedAt\": \"2024-03-15T10:00:00Z\"";

    private static readonly IncidentReadOptions Lenient = new() { UnknownProperties = UnknownPropertyHandling.Ignore };

    private static (string Path, string Message)[] Problems(string json, IncidentReadOptions? options = null) =>
        [.. Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json, options: options)).Problems.Select(p => (p.Path, p.Message))];

    private static string WithEvent(string eventJson) => $$"""{ {{Detected}}, "events": [ {{eventJson}} ] }""";

    [Fact]
    public void A_misspelt_impact_is_refused_with_a_suggestion_instead_of_paging_everyone_at_P0()
    {
        const string json = """{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "impcat": { "usersAffected": "internal", "scope": "cosmetic" } }""";

        Assert.Equal([("$.impcat", "unknown property \"impcat\"; did you mean \"impact\"?")], Problems(json));

        // What the typo would have done: read as a record without impact, it is classified at the most severe level.
        Assert.Equal("P0", IncidentJson.ReadIncident(json, options: Lenient).Evaluate("10:01").Severity.Name);
    }

    [Fact]
    public void An_unknown_property_with_no_near_name_lists_the_known_ones()
    {
        Assert.Equal(
            [("$.service", "unknown property \"service\"; expected id, title, startedAt, detectedAt, impact or events")],
            Problems($$"""{ {{Detected}}, "service": "payments" }"""));
    }

    [Fact]
    public void Unknown_properties_of_the_impact_are_refused()
    {
        Assert.Equal(
            [("$.impact.usersAfected", "unknown property \"usersAfected\"; did you mean \"usersAffected\"?"),
             ("$.impact.region", "unknown property \"region\"; expected usersAffected, scope, securityBreach, dataCorruption, description or customerDescription")],
            Problems($$"""{ {{Detected}}, "impact": { "usersAfected": "all", "scope": "outage", "region": "eu-west-1" } }"""));
    }

    [Fact]
    public void Unknown_properties_of_a_reassessed_impact_are_refused()
    {
        Assert.Equal(
            [("$.events[0].impact.scop", "unknown property \"scop\"; did you mean \"scope\"?")],
            Problems(WithEvent("""{ "type": "impactReassessed", "at": "2024-03-15T10:05:00Z", "impact": { "scop": "outage" } }""")));
    }

    [Theory]
    [InlineData("""{ "type": "severityAssigned", "at": "2024-03-15T10:05:00Z", "severity": "P1", "reasn": "x" }""", "$.events[0].reasn", "unknown property \"reasn\"; did you mean \"reason\"?")]
    [InlineData("""{ "type": "roleAssigned", "at": "2024-03-15T10:05:00Z", "role": "scribe", "persom": "x" }""", "$.events[0].persom", "unknown property \"persom\"; did you mean \"person\"?")]
    [InlineData("""{ "type": "mitigationApplied", "at": "2024-03-15T10:05:00Z", "actoin": "rollback" }""", "$.events[0].actoin", "unknown property \"actoin\"; did you mean \"action\"?")]
    [InlineData("""{ "type": "acknowledged", "at": "2024-03-15T10:05:00Z", "bye": "bob" }""", "$.events[0].bye", "unknown property \"bye\"; did you mean \"by\"?")]
    [InlineData("""{ "type": "resolved", "At": "2024-03-15T10:05:00Z", "at": "2024-03-15T10:05:00Z" }""", "$.events[0].At", "unknown property \"At\"; did you mean \"at\"?")]
    [InlineData("""{ "type": "statusUpdatePosted", "at": "2024-03-15T10:05:00Z", "notes": "x" }""", "$.events[0].notes", "unknown property \"notes\"; did you mean \"note\"?")]
    [InlineData("""{ "type": "acknowledged", "at": "2024-03-15T10:05:00Z", "via": "pager" }""", "$.events[0].via", "unknown property \"via\"; expected type, at, by or note")]
    public void An_unknown_property_of_an_event_is_refused_with_the_nearest_field_of_its_type(string eventJson, string path, string message)
    {
        Assert.Contains((path, message), Problems(WithEvent(eventJson)));
    }

    [Fact]
    public void A_field_of_another_event_type_is_unknown_and_the_list_is_the_fields_of_this_type()
    {
        Assert.Equal(
            [("$.events[0].severity", "unknown property \"severity\"; expected type, at, by or note")],
            Problems(WithEvent("""{ "type": "acknowledged", "at": "2024-03-15T10:05:00Z", "severity": "P1" }""")));
        Assert.Equal(
            [("$.events[0].action", "unknown property \"action\"; expected type, at, role, person, by or note")],
            Problems(WithEvent("""{ "type": "roleAssigned", "at": "2024-03-15T10:05:00Z", "role": "scribe", "person": "x", "action": "y" }""")));
    }

    [Fact]
    public void Every_event_type_may_say_by_whom_and_carry_a_note()
    {
        var events = string.Join(", ", WireNames.EventTypes.Select(type => $$"""
            { "type": "{{type}}", "at": "2024-03-15T10:05:00Z", "by": "bob", "note": "from the pager",
              "severity": "P1", "role": "scribe", "person": "x", "impact": {}, "action": "rollback",
              "summary": "s", "step": "logs", "signal": "memoryGrowth", "for": "2024-03-16T10:00:00Z", "title": "t", "owner": "o", "dueDate": "2024-03-20" }
            """));

        // Each type refuses the fields of the others, never by and note.
        var problems = Problems($$"""{ {{Detected}}, "events": [ {{events}} ] }""");

        Assert.DoesNotContain(problems, p => p.Path.EndsWith(".by", StringComparison.Ordinal) || p.Path.EndsWith(".note", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.StartsWith("unknown property", p.Message, StringComparison.Ordinal));
        var record = IncidentJson.ReadIncident($$"""{ {{Detected}}, "events": [ {{events}} ] }""", options: Lenient);
        Assert.Equal(WireNames.EventTypes.Length, record.Events.Length);
    }

    [Fact]
    public void By_and_note_must_be_text()
    {
        Assert.Equal(
            [("$.events[0].by", "expected who, a string, got the number 7"),
             ("$.events[0].note", "expected a note, a string, got an object")],
            Problems(WithEvent("""{ "type": "resolved", "at": "2024-03-15T10:05:00Z", "by": 7, "note": {} }""")));
    }

    [Fact]
    public void The_properties_of_an_event_of_an_unknown_type_are_not_judged()
    {
        Assert.Equal(
            [("$.events[0].type", "unknown event type \"exploded\"; expected severityAssigned, acknowledged, roleAssigned, statusUpdatePosted, impactReassessed, mitigationApplied, resolved, reviewCompleted, causeIdentified, channelOpened, investigationStep, observation, reviewScheduled or actionItemCreated")],
            Problems(WithEvent("""{ "type": "exploded", "at": "2024-03-15T10:05:00Z", "blast": "radius" }""")));
    }

    [Fact]
    public void Opting_out_reads_unknown_properties_as_absent_at_every_level()
    {
        var incident = IncidentJson.ReadIncident(
            $$"""
            { {{Detected}}, "source": "pagerduty", "impact": { "scope": "nonCore", "usersAffected": "subset", "region": "eu" },
              "events": [ { "type": "acknowledged", "at": "2024-03-15T10:05:00Z", "via": "pager" } ] }
            """,
            options: Lenient);

        var expected = new IncidentRecord("INC-1", null, T.Of("10:00"), Incidents.P2Impact, [new Acknowledged(T.Of("10:05"))]);
        Assert.Equal(IncidentJson.WriteIncident(expected), IncidentJson.WriteIncident(incident));
    }

    [Fact]
    public async Task Streams_read_as_strictly_as_text_and_take_the_same_options()
    {
        var json = Encoding.UTF8.GetBytes($$"""{ {{Detected}}, "impcat": {} }""");
        using var sync = new MemoryStream(json);
        using var asynchronous = new MemoryStream(json);
        using var lenientSync = new MemoryStream(json);
        using var lenientAsync = new MemoryStream(json);

        Assert.Equal("$.impcat", Assert.Single(Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(sync)).Problems).Path);
        Assert.Equal("$.impcat", Assert.Single((await Assert.ThrowsAsync<InvalidIncidentException>(() => IncidentJson.ReadIncidentAsync(asynchronous))).Problems).Path);
        Assert.Equal("INC-1", IncidentJson.ReadIncident(lenientSync, options: Lenient).Id);
        Assert.Equal("INC-1", (await IncidentJson.ReadIncidentAsync(lenientAsync, source: null, Lenient)).Id);
    }

    [Fact]
    public void The_options_are_strict_by_default_and_immutable()
    {
        Assert.Equal(UnknownPropertyHandling.Refuse, IncidentReadOptions.Default.UnknownProperties);
        Assert.Equal(UnknownPropertyHandling.Refuse, new IncidentReadOptions().UnknownProperties);
        Assert.Null(IncidentReadOptions.Default.Policy);

        var lenient = IncidentReadOptions.Default with { UnknownProperties = UnknownPropertyHandling.Ignore };

        Assert.Equal(UnknownPropertyHandling.Refuse, IncidentReadOptions.Default.UnknownProperties);
        Assert.NotEqual(IncidentReadOptions.Default, lenient);
    }

    [Fact]
    public void Opting_out_still_refuses_everything_else()
    {
        Assert.Equal(
            [("$.detectedAt", "expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\", got the string \"yesterday\"")],
            Problems("""{ "id": "INC-1", "detectedAt": "yesterday", "extra": 1 }""", Lenient));
    }

    [Fact]
    public void A_format_problem_an_unknown_level_and_an_event_before_detection_come_in_one_list_in_document_order()
    {
        const string json = """
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "impcat": {},
              "events": [
                { "type": "acknowledged", "at": "2024-03-15T09:59:00Z" },
                { "type": "severityAssigned", "at": "2024-03-15T10:05:00Z", "severity": "P9" },
                { "type": "roleAssigned", "at": "not a time", "role": "scribe", "person": "carol" } ] }
            """;
        (string, string)[] expected =
            [("$.impcat", "unknown property \"impcat\"; did you mean \"impact\"?"),
             ("$.events[0].at", "acknowledged at 2024-03-15T09:59:00Z is before detectedAt 2024-03-15T10:00:00Z; events cannot precede detection"),
             ("$.events[1].severity", "unknown level \"P9\"; expected P0, P1, P2 or P3"),
             ("$.events[2].at", "expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\", got the string \"not a time\"")];

        var byOptions = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json, "inc.json", new IncidentReadOptions { Policy = ResponsePolicy.Default }));
        var byEngine = Assert.Throws<InvalidIncidentException>(() => Engines.Default.ReadIncident(json, "inc.json"));

        Assert.Equal(expected, byOptions.Problems.Select(p => (p.Path, p.Message)));
        Assert.Equal(byOptions.Message, byEngine.Message);
        Assert.StartsWith("inc.json: Incident record 'INC-1' has 4 problems:\n  $.impcat: unknown property", byEngine.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_follow_the_text_whichever_check_found_them_and_a_missing_field_comes_first_in_its_object()
    {
        const string json = """
            { "events": [ { "type": "acknowledged", "at": "2024-03-15T09:00:00Z", "by": 1 }, { "at": "2024-03-15T11:00:00Z" } ],
              "detectedAt": "2024-03-15T10:00:00Z", "id": 5, "tilte": "x" }
            """;

        Assert.Equal(
            ["$.events[0].at", "$.events[0].by", "$.events[1].type", "$.id", "$.tilte"],
            Problems(json).Select(p => p.Path));
    }

    [Fact]
    public void Without_a_policy_the_levels_are_left_to_the_engine_and_everything_else_is_reported_while_reading()
    {
        const string json = """
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "title": 5,
              "events": [ { "type": "severityAssigned", "at": "2024-03-15T09:00:00Z", "severity": "P9" } ] }
            """;

        Assert.Equal(
            ["$.title", "$.events[0].at"],
            Problems(json).Select(p => p.Path));
    }

    [Fact]
    public void The_engine_reads_with_its_own_policy_and_keeps_the_hosts_choice_of_unknown_properties()
    {
        const string json = """
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "via": "pager",
              "events": [ { "type": "severityAssigned", "at": "2024-03-15T10:05:00Z", "severity": "P1" } ] }
            """;

        var read = Engines.Default.ReadIncident(json, options: Lenient);

        Assert.Equal("P1", ((SeverityAssigned)Assert.Single(read.Events)).Severity);
        Assert.Equal(["$.via"], Assert.Throws<InvalidIncidentException>(() => Engines.Default.ReadIncident(json)).Problems.Select(p => p.Path));
    }

    [Fact]
    public void A_record_read_for_a_policy_is_one_its_engine_evaluates()
    {
        var incident = Engines.Default.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));

        Assert.Equal(IncidentJson.WriteIncident(IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"))), IncidentJson.WriteIncident(incident));
        Assert.Equal("P1", Engines.Default.Evaluate(incident, T.Of("14:30")).Severity.Name);
    }

    [Fact]
    public void Every_sample_incident_reads_strictly()
    {
        Assert.NotEmpty(Repository.SampleIncidentNames);
        foreach (var name in Repository.SampleIncidentNames)
        {
            Assert.IsType<IncidentRecord>(Engines.Default.ReadIncident(Repository.SampleIncident(name), name));
        }
    }
}
