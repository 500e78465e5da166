using System;
using System.Linq;
using System.Text.Json.Nodes;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// schemas/*.schema.json describe what the library reads and writes: every sample and every result of a
/// sample is valid, and the schemas refuse what the reader refuses.
/// </summary>
public sealed class SchemaTests
{
    private static readonly Duration[] After = [Duration.Zero, Duration.FromHours(6), Duration.FromDays(10)];

    [Theory]
    [MemberData(nameof(SampleIncidents.Names), MemberType = typeof(SampleIncidents))]
    public void Each_sample_and_its_rewrite_are_valid_incident_records(string sample)
    {
        var json = Repository.SampleIncident(sample);

        Assert.Empty(Schemas.Errors(Schemas.Incident, json));
        Assert.Empty(Schemas.Errors(Schemas.Incident, IncidentJson.WriteIncident(IncidentJson.ReadIncident(json, sample))));
    }

    [Theory]
    [MemberData(nameof(SampleIncidents.Names), MemberType = typeof(SampleIncidents))]
    public void Each_samples_results_are_valid_evaluation_results(string sample)
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident(sample), sample);

        foreach (var after in After)
        {
            var json = IncidentJson.WriteEvaluation(Engines.Default.Evaluate(incident, incident.DetectedAt + after));
            Assert.Empty(Schemas.Errors(Schemas.Evaluation, json));
        }
    }

    [Fact]
    public void The_spec_examples_records_and_the_full_result_of_its_shortened_example_are_valid()
    {
        var result = Engines.Default.Evaluate(IncidentJson.ReadIncident(SpecDocuments.ExampleEvaluationInput), T.Of("17:00"));

        Assert.Empty(Schemas.Errors(Schemas.Incident, SpecDocuments.ExampleIncident));
        Assert.Empty(Schemas.Errors(Schemas.Incident, SpecDocuments.ExampleEvaluationInput));
        Assert.Empty(Schemas.Errors(Schemas.Evaluation, IncidentJson.WriteEvaluation(result)));
    }

    [Fact]
    public void The_spec_examples_shortened_result_is_valid_once_its_notifications_have_the_two_fields_it_leaves_out()
    {
        // The reference evaluation example is shortened: its notifications show five of the seven fields.
        var shortened = JsonNode.Parse(SpecDocuments.ExampleEvaluationOutputWithCommunications)!;
        Assert.NotEmpty(Schemas.Errors(Schemas.Evaluation, shortened.ToJsonString()));

        foreach (var notification in shortened["notifications"]!.AsArray())
        {
            notification!["channel"] = "page";
            notification["reason"] = "notified on entering a level";
        }

        Assert.Empty(Schemas.Errors(Schemas.Evaluation, shortened.ToJsonString()));
    }

    [Fact]
    public void A_result_with_the_channel_rule_off_and_nothing_left_to_wait_for_is_valid()
    {
        var engine = Engines.With(new RuleSeverityOverrides(rules: [new("IRP5002", RuleSeverity.None)]));
        var incident = Incidents.Record("10:00", Incidents.P3Impact, new Resolved(T.Of("11:00")));

        Assert.Empty(Schemas.Errors(Schemas.Evaluation, IncidentJson.WriteEvaluation(engine.Evaluate(incident, T.Of("12:00")))));
    }

    [Theory]
    [InlineData("""{ "detectedAt": "2024-03-15T10:00:00Z" }""")]
    [InlineData("""{ "id": "INC-1" }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15 10:00" }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00+01:00" }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "impact": { "usersAffected": "everyone" } }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "impact": { "scope": "degraded" } }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "impact": { "securityBreach": "yes" } }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [ { "type": "paged", "at": "2024-03-15T10:01:00Z" } ] }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [ { "at": "2024-03-15T10:01:00Z" } ] }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [ { "type": "resolved" } ] }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [ { "type": "severityAssigned", "at": "2024-03-15T10:01:00Z", "severity": 1 } ] }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [ { "type": "roleAssigned", "at": "2024-03-15T10:01:00Z", "role": "ic", "person": "carol" } ] }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [ { "type": "impactReassessed", "at": "2024-03-15T10:01:00Z" } ] }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "impcat": {} }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "impact": { "region": "eu" } }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [ { "type": "acknowledged", "at": "2024-03-15T10:01:00Z", "severity": "P1" } ] }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [ { "type": "impactReassessed", "at": "2024-03-15T10:01:00Z", "impact": { "scop": "outage" } } ] }""")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [ { "type": "resolved", "at": "2024-03-15T10:01:00Z", "note": 7 } ] }""")]
    public void What_the_reader_refuses_the_incident_schema_refuses(string json)
    {
        Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json));
        Assert.NotEmpty(Schemas.Errors(Schemas.Incident, json));
    }

    [Fact]
    public void By_and_a_note_on_every_event_type_are_valid_for_the_reader_and_the_schema()
    {
        var events = string.Join(", ", WireNames.EventTypes.Select(type => type switch
        {
            "severityAssigned" => """{ "type": "severityAssigned", "at": "2024-03-15T10:01:00Z", "severity": "P1", "by": "a", "note": "n" }""",
            "roleAssigned" => """{ "type": "roleAssigned", "at": "2024-03-15T10:01:00Z", "role": "scribe", "person": "p", "by": "a", "note": "n" }""",
            "impactReassessed" => """{ "type": "impactReassessed", "at": "2024-03-15T10:01:00Z", "impact": {}, "by": "a", "note": "n" }""",
            "causeIdentified" => """{ "type": "causeIdentified", "at": "2024-03-15T10:01:00Z", "summary": "s", "by": "a", "note": "n" }""",
            "investigationStep" => """{ "type": "investigationStep", "at": "2024-03-15T10:01:00Z", "step": "logs", "by": "a", "note": "n" }""",
            "observation" => """{ "type": "observation", "at": "2024-03-15T10:01:00Z", "signal": "memoryGrowth", "by": "a", "note": "n" }""",
            "reviewScheduled" => """{ "type": "reviewScheduled", "at": "2024-03-15T10:01:00Z", "for": "2024-03-16T10:00:00Z", "by": "a", "note": "n" }""",
            "actionItemCreated" => """{ "type": "actionItemCreated", "at": "2024-03-15T10:01:00Z", "title": "t", "owner": "o", "dueDate": "2024-03-20", "by": "a", "note": "n" }""",
            _ => $$"""{ "type": "{{type}}", "at": "2024-03-15T10:01:00Z", "by": "a", "note": "n" }""",
        }));
        var json = $$"""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [ {{events}} ] }""";

        Assert.Equal(WireNames.EventTypes.Length, IncidentJson.ReadIncident(json).Events.Length);
        Assert.Empty(Schemas.Errors(Schemas.Incident, json));
    }

    [Fact]
    public void A_result_without_one_of_its_keys_is_refused_by_the_evaluation_schema()
    {
        var json = IncidentJson.WriteEvaluation(Incidents.Record("10:00", Incidents.P2Impact).Evaluate("11:00"));

        foreach (var key in new[] { "\"channel\"", "\"escalatesAt\"", "\"nextEvaluationAt\"" })
        {
            var line = json.Split('\n').First(l => l.TrimStart().StartsWith(key, StringComparison.Ordinal));
            var without = json.Replace(line + "\n", string.Empty, StringComparison.Ordinal).Replace(",\n}", "\n}", StringComparison.Ordinal);
            Assert.NotEmpty(Schemas.Errors(Schemas.Evaluation, without));
        }
    }
}
