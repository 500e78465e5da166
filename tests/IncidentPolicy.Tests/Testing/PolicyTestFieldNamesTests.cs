using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using IncidentPolicy.Testing;
using IncidentPolicy.Testing.Wire;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Testing;

/// <summary>A test file names the evaluation's fields as the evaluation result does, and its schema's names are the names the reader reads.</summary>
public sealed class PolicyTestFieldNamesTests
{
    // Loaded once: the schema library registers every schema it loads by its file's address.
    private static readonly Json.Schema.JsonSchema TestFileSchema = Json.Schema.JsonSchema.FromFile(Repository.PathOf("schemas", "policy-test.schema.json"));

    [Fact]
    public void The_fields_of_expect_are_those_of_its_wire_type_and_so_of_the_schema()
    {
        var wire = typeof(PolicyTestExpectWire).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Where(n => n != "equalityContract");

        Assert.Equal(wire.Order(StringComparer.Ordinal), PolicyTestReader.ExpectFields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_value_a_case_may_expect_is_a_key_of_the_written_evaluation_result()
    {
        var incident = IncidentJson.ReadIncident(System.IO.File.ReadAllText(Repository.PathOf("samples", "incidents", "payments-down-p1.json")));
        using var written = JsonDocument.Parse(IncidentJson.WriteEvaluation(Engines.Default.Evaluate(incident, NodaTime.Instant.FromUtc(2024, 3, 15, 14, 30))));
        var root = written.RootElement;

        foreach (var field in new[] { "severity", "peakSeverity", "status", "phase", "channel", "nextEvaluationAt" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal(
            root.GetProperty("deadlines").EnumerateObject().Select(p => p.Name),
            typeof(PolicyTestExpectWire).GetProperty(nameof(PolicyTestExpectWire.Deadlines))!.PropertyType.GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Where(n => n != "equalityContract"));
    }

    [Theory]
    [InlineData("default-policy.policytest.json")]
    [InlineData("london.policytest.json")]
    public void The_sample_policy_tests_are_valid_against_the_schema(string file)
    {
        var testSchema = TestFileSchema;
        var text = System.IO.File.ReadAllText(Repository.PathOf("samples", "policy-tests", file));
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var result = testSchema.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List, RequireFormatValidation = true });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void A_misspelt_expectation_is_invalid_against_the_schema_as_it_is_for_the_reader()
    {
        var testSchema = TestFileSchema;
        using var document = JsonDocument.Parse("""{ "cases": [ { "name": "a", "incident": "a.json", "at": "2024-03-15T14:00:00Z", "expect": { "severty": "P1" } } ] }""");

        Assert.False(testSchema.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List }).IsValid);
    }
}
