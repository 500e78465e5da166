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
        using var written = JsonDocument.Parse(IncidentJson.WriteEvaluation(PolicyEngine.Default.Evaluate(incident, NodaTime.Instant.FromUtc(2024, 3, 15, 14, 30))));
        var root = written.RootElement;

        foreach (var field in new[] { "severity", "peakSeverity", "status", "phase", "channel", "nextEvaluationAt" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal(
            root.GetProperty("deadlines").EnumerateObject().Select(p => p.Name),
            typeof(PolicyTestExpectWire).GetProperty(nameof(PolicyTestExpectWire.Deadlines))!.PropertyType.GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Where(n => n != "equalityContract"));
    }
}
