using System;
using System.Linq;
using System.Text.Json.Nodes;
using IncidentPolicy.Rules;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>Reading evaluation results back: the same text once written again; levels and rules resolved through the engine.</summary>
public sealed class EvaluationReaderTests
{
    private static string SpecExampleJson() =>
        IncidentJson.WriteEvaluation(Engines.Default.Evaluate(IncidentJson.ReadIncident(SpecDocuments.ExampleEvaluationInput), T.Of("17:00")));

    private static ValidationProblem TheProblem(string json) =>
        Assert.Single(Assert.Throws<InvalidEvaluationException>(() => IncidentJson.ReadEvaluation(json, Engines.Default)).Problems);

    [Fact]
    public void The_spec_example_result_is_read_back_and_written_again_identically()
    {
        var json = SpecExampleJson();

        var read = IncidentJson.ReadEvaluation(json, Engines.Default);

        Assert.Equal(json, IncidentJson.WriteEvaluation(read));
        Assert.Same(BuiltInRules.Get("IRP2001"), read.Diagnostics[0].Descriptor);
        Assert.Equal(Engines.Default.Policy["P0"].Level, read.Severity);
    }

    [Theory]
    [MemberData(nameof(SampleIncidents.Names), MemberType = typeof(SampleIncidents))]
    public void Each_samples_result_is_read_back_and_written_again_identically(string sample)
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident(sample), sample);
        foreach (var at in new[] { incident.DetectedAt, incident.DetectedAt + Duration.FromHours(6), incident.DetectedAt + Duration.FromDays(3) })
        {
            var json = IncidentJson.WriteEvaluation(Engines.Default.Evaluate(incident, at), indented: false);

            Assert.Equal(json, IncidentJson.WriteEvaluation(IncidentJson.ReadEvaluation(json, Engines.Default), indented: false));
        }
    }

    [Fact]
    public void A_level_the_policy_does_not_have_is_refused_at_its_path()
    {
        var json = ReplaceFirst(SpecExampleJson(), "\"severity\": \"P1\"", "\"severity\": \"SEV1\"");

        var problem = TheProblem(json);

        Assert.Equal(("$.severityHistory[1].severity", "unknown level \"SEV1\"; expected P0, P1, P2 or P3"), (problem.Path, problem.Message));
    }

    [Fact]
    public void A_rule_the_engine_does_not_know_is_refused_at_its_path()
    {
        var json = SpecExampleJson().Replace("\"id\": \"IRP4002\"", "\"id\": \"XYZ0001\"", StringComparison.Ordinal);

        var problem = TheProblem(json);

        Assert.Equal("$.diagnostics[3].id", problem.Path);
        Assert.StartsWith("unknown rule \"XYZ0001\"; expected IRP1001, IRP1002,", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_key_is_required_also_those_whose_value_may_be_null()
    {
        var json = SpecExampleJson().Replace("\"escalatesAt\": null,", string.Empty, StringComparison.Ordinal);

        var problem = TheProblem(json);

        Assert.Equal(
            ("$.deadlines.escalatesAt", "missing: expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\" or null"),
            (problem.Path, problem.Message));
    }

    [Fact]
    public void An_unknown_status_channel_or_diagnostic_severity_is_refused_listing_the_values()
    {
        var json = SpecExampleJson()
            .Replace("\"status\": \"open\"", "\"status\": \"closed\"", StringComparison.Ordinal)
            .Replace("\"channel\": \"page\"", "\"channel\": \"sms\"", StringComparison.Ordinal)
            .Replace("\"severity\": \"error\"", "\"severity\": \"fatal\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidEvaluationException>(() => IncidentJson.ReadEvaluation(json, Engines.Default, "result.json"));

        Assert.Equal(
            [("$.status", "unknown status \"closed\"; expected open, mitigated or resolved"),
             ("$.notifications[0].channel", "unknown channel \"sms\"; expected page, chat, email or ticket"),
             ("$.notifications[2].channel", "unknown channel \"sms\"; expected page, chat, email or ticket"),
             ("$.notifications[4].channel", "unknown channel \"sms\"; expected page, chat, email or ticket"),
             ("$.diagnostics[0].severity", "unknown severity \"fatal\"; expected info, warning or error")],
            error.Problems.Select(p => (p.Path, p.Message)));
        Assert.StartsWith("result.json: The evaluation result has 5 problems:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_refused_at_its_path_saying_what_was_expected_and_what_was_found()
    {
        var root = JsonNode.Parse(SpecExampleJson())!;
        root["incidentId"] = 7;
        root["severityHistory"]![0] = "x";
        root["severityHistory"]![1]!["ruleId"] = " ";
        root["severityHistory"]![1]!["reason"] = 1;
        root["deadlines"] = new JsonArray();
        root["notifications"]![0] = 1;
        root["notifications"]![1]!["recipient"] = string.Empty;
        root["notifications"]![1]!["ruleId"] = "  ";
        root["notifications"]![1]!["key"] = " ";
        root["notifications"]![1]!["reason"] = null;
        root["diagnostics"]![0] = true;
        root["diagnostics"]![1]!["id"] = string.Empty;
        root["diagnostics"]![1]!["message"] = false;

        var error = Assert.Throws<InvalidEvaluationException>(() => IncidentJson.ReadEvaluation(root.ToJsonString(), Engines.Default));

        Assert.Equal(
            [("$.incidentId", "expected the incident's id, a string, got the number 7"),
             ("$.severityHistory[0]", "expected a severity change (a JSON object), got the string \"x\""),
             ("$.severityHistory[1].ruleId", "expected a rule ID, a non-empty string such as \"IRP3001\", got the string \" \""),
             ("$.severityHistory[1].reason", "expected why, a string, got the number 1"),
             ("$.deadlines", "expected the deadlines, an object, got an array"),
             ("$.notifications[0]", "expected a notification (a JSON object), got the number 1"),
             ("$.notifications[1].recipient", "expected the recipient, a non-empty string, got the string \"\""),
             ("$.notifications[1].ruleId", "expected a rule ID, a non-empty string such as \"IRP3001\", got the string \"  \""),
             ("$.notifications[1].key", "expected the de-duplication key, a non-empty string, got the string \" \""),
             ("$.notifications[1].reason", "expected why, a string, got null"),
             ("$.diagnostics[0]", "expected a diagnostic (a JSON object), got true"),
             ("$.diagnostics[1].id", "expected a rule ID, a non-empty string such as \"IRP3001\", got the string \"\""),
             ("$.diagnostics[1].message", "expected the message, a string, got false")],
            error.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void Lists_that_are_not_arrays_are_refused_at_their_paths()
    {
        var root = JsonNode.Parse(SpecExampleJson())!;
        root["severityHistory"] = "none";
        root["notifications"] = new JsonObject();
        root["diagnostics"] = 3;

        var error = Assert.Throws<InvalidEvaluationException>(() => IncidentJson.ReadEvaluation(root.ToJsonString(), Engines.Default));

        Assert.Equal(
            [("$.severityHistory", "expected the severity history, an array, got the string \"none\""),
             ("$.notifications", "expected the notifications, an array, got an object"),
             ("$.diagnostics", "expected the diagnostics, an array, got the number 3")],
            error.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void Malformed_JSON_is_refused_with_its_line_and_position()
    {
        var problem = TheProblem("{\n  \"incidentId\": \"INC-1\",,\n}");

        Assert.Equal("$", problem.Path);
        Assert.StartsWith("malformed JSON at line 2, position 25:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_nested_deeper_than_the_fixed_limit_is_refused_naming_the_limit_and_no_option_to_raise()
    {
        var json = "{\"x\": " + new string('[', 64) + new string(']', 64) + "}";

        var problem = Assert.Single(Assert.Throws<InvalidEvaluationException>(() => IncidentJson.ReadEvaluation(json, Engines.Default)).Problems);

        Assert.Equal(("$", "objects and arrays nested more than 64 levels deep at line 1, position 70, over the limit of 64 levels"), (problem.Path, problem.Message));
    }

    [Fact]
    public void Arguments_must_not_be_null()
    {
        Assert.Throws<ArgumentNullException>(() => IncidentJson.ReadEvaluation(null!, Engines.Default));
        Assert.Throws<ArgumentNullException>(() => IncidentJson.ReadEvaluation("{}", null!));
    }

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        var at = text.IndexOf(oldValue, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), newValue, text.AsSpan(at + oldValue.Length));
    }

    [Fact]
    public void A_channel_that_is_not_a_string_and_a_blank_level_name_are_problems_that_say_what_was_expected()
    {
        var root = JsonNode.Parse(SpecExampleJson())!;
        root["channel"] = 5;
        root["severity"] = " ";

        var error = Assert.Throws<InvalidEvaluationException>(() => IncidentJson.ReadEvaluation(root.ToJsonString(), Engines.Default));

        Assert.Equal(
            [
                ("$.severity", "expected the name of a severity level, a string such as \"P1\", got the string \" \""),
                ("$.channel", "expected the incident channel's name, a string or null, got the number 5"),
            ],
            error.Problems.Select(p => (p.Path, p.Message)));
    }
}
