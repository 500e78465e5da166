using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// Writing evaluation results: the reference example result, byte for byte where it shows it; every
/// key, in the contract's order; the same bytes for the same result on every machine.
/// </summary>
public sealed class EvaluationWriterTests
{
    private static PolicyEvaluation SpecExampleResult() =>
        Engines.Default.Evaluate(IncidentJson.ReadIncident(SpecDocuments.ExampleEvaluationInput), T.Of("17:00"));

    [Fact]
    public void The_spec_example_input_evaluated_at_17_00_has_the_spec_examples_values()
    {
        using var result = JsonDocument.Parse(IncidentJson.WriteEvaluation(SpecExampleResult()));
        var root = result.RootElement;

        Assert.Equal("P0", root.GetProperty("severity").GetString());
        Assert.Equal(6, root.GetProperty("notifications").GetArrayLength());
        Assert.Equal(
            ["IRP2001 2024-03-15T12:00:00Z", "IRP5001 2024-03-15T12:00:00Z", "IRP5001 2024-03-15T14:00:00Z", "IRP4002 2024-03-15T14:30:00Z",
             "IRP5001 2024-03-15T14:30:00Z", "IRP5001 2024-03-15T15:00:00Z", "IRP5001 2024-03-15T15:30:00Z", "IRP5001 2024-03-15T16:00:00Z",
             "IRP5001 2024-03-15T16:15:00Z", "IRP5001 2024-03-15T16:30:00Z", "IRP5001 2024-03-15T16:45:00Z", "IRP5001 2024-03-15T17:00:00Z"],
            root.GetProperty("diagnostics").EnumerateArray().Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("at").GetString()}").Where(d => !d.StartsWith("IRP5003", StringComparison.Ordinal)));

        // Since the customer cadence: P1 from 14:00 owes customers an update by 15:00, then hourly; P0 from 16:00 every 30 minutes.
        Assert.Equal(
            ["IRP5003 2024-03-15T15:00:00Z", "IRP5003 2024-03-15T16:00:00Z", "IRP5003 2024-03-15T16:30:00Z", "IRP5003 2024-03-15T17:00:00Z"],
            root.GetProperty("diagnostics").EnumerateArray().Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("at").GetString()}").Where(d => d.StartsWith("IRP5003", StringComparison.Ordinal)));
        Assert.Equal("investigating", root.GetProperty("phase").GetString());
        Assert.Equal("2024-03-15T17:15:00Z", root.GetProperty("nextEvaluationAt").GetString());
    }

    [Fact]
    public void The_spec_example_result_matches_the_spec_byte_for_byte_up_to_the_notifications_and_from_nextEvaluationAt()
    {
        var spec = JsonText.Minify(SpecDocuments.ExampleEvaluationOutputWithCommunications);
        var json = IncidentJson.WriteEvaluation(SpecExampleResult(), indented: false);

        var head = spec[..spec.IndexOf(",\"notifications\":", StringComparison.Ordinal)];
        var tail = spec[spec.IndexOf(",\"nextEvaluationAt\":", StringComparison.Ordinal)..];
        Assert.StartsWith(head, json, StringComparison.Ordinal);
        Assert.EndsWith(tail, json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_spec_examples_notifications_and_diagnostics_appear_with_the_fields_it_shows_byte_for_byte()
    {
        using var spec = JsonDocument.Parse(SpecDocuments.ExampleEvaluationOutput);
        var json = IncidentJson.WriteEvaluation(SpecExampleResult(), indented: false);

        // A shown notification is our entry up to its first field the example leaves out (channel).
        foreach (var notification in spec.RootElement.GetProperty("notifications").EnumerateArray())
        {
            var shown = JsonText.Minify(notification.GetRawText()).TrimEnd('}');
            Assert.Contains(shown + ",\"channel\":", json, StringComparison.Ordinal);
        }

        // A shown diagnostic is our entry up to its message, which the example elides.
        foreach (var diagnostic in spec.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var shown = JsonText.Minify(diagnostic.GetRawText());
            Assert.Contains(shown[..shown.IndexOf("\"message\":", StringComparison.Ordinal)], json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_indented_result_has_the_spec_examples_lines_for_the_fields_and_deadlines()
    {
        var json = IncidentJson.WriteEvaluation(SpecExampleResult());
        var spec = SpecDocuments.ExampleEvaluationOutputWithCommunications;

        string Lines(string from, string to)
        {
            var start = spec.IndexOf(from, StringComparison.Ordinal);
            return spec[start..(spec.IndexOf(to, start, StringComparison.Ordinal) + to.Length)];
        }

        Assert.StartsWith(Lines("{", "\"severityHistory\": ["), json, StringComparison.Ordinal);
        Assert.Contains(Lines("  \"deadlines\": {", "  },"), json, StringComparison.Ordinal);
        Assert.EndsWith(Lines("  \"nextEvaluationAt\"", "}"), json, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_key_is_written_in_the_contracts_order()
    {
        using var result = JsonDocument.Parse(IncidentJson.WriteEvaluation(SpecExampleResult()));
        var root = result.RootElement;

        string[] Keys(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];
        Assert.Equal(
            ["incidentId", "evaluatedAt", "severity", "peakSeverity", "status", "phase", "channel", "severityHistory", "deadlines", "notifications", "diagnostics", "nextEvaluationAt"],
            Keys(root));
        Assert.Equal(["severity", "since", "ruleId", "reason"], Keys(root.GetProperty("severityHistory")[0]));
        Assert.Equal(["responseBy", "nextUpdateBy", "escalatesAt", "earliestResolveAt", "reviewBy", "nextCustomerUpdateBy"], Keys(root.GetProperty("deadlines")));
        Assert.Equal(["recipient", "severity", "at", "ruleId", "key", "channel", "reason"], Keys(root.GetProperty("notifications")[0]));
        Assert.Equal(["id", "severity", "at", "message"], Keys(root.GetProperty("diagnostics")[0]));
    }

    [Fact]
    public void Enum_values_are_lower_camelCase_and_absent_values_are_written_as_null()
    {
        var engine = Engines.With(new RuleSeverityOverrides(rules: [new("IRP5002", RuleSeverity.None)]));
        var incident = Incidents.Record("10:00", Incidents.P3Impact, new MitigationApplied(T.Of("10:30")), new Resolved(T.Of("11:00")));

        var json = IncidentJson.WriteEvaluation(engine.Evaluate(incident, T.Of("12:00")), indented: false);

        Assert.Contains("\"status\":\"resolved\",\"phase\":\"resolved\",\"channel\":null,", json, StringComparison.Ordinal);
        Assert.Contains("\"channel\":\"ticket\"", json, StringComparison.Ordinal);
        Assert.EndsWith(",\"nextEvaluationAt\":null}", json, StringComparison.Ordinal);
        Assert.Contains(
            "\"deadlines\":{\"responseBy\":\"2024-03-18T17:00:00Z\",\"nextUpdateBy\":null,\"escalatesAt\":null,\"earliestResolveAt\":null,\"reviewBy\":null,\"nextCustomerUpdateBy\":null}",
            json,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Statuses_and_diagnostic_severities_are_written_by_their_camelCase_names()
    {
        var open = Incidents.Record("10:00", Incidents.P2Impact);
        var mitigated = Incidents.Record("10:00", Incidents.P2Impact, new MitigationApplied(T.Of("10:30")));

        Assert.Contains("\"status\":\"open\"", IncidentJson.WriteEvaluation(open.Evaluate("10:00"), indented: false), StringComparison.Ordinal);
        Assert.Contains("\"status\":\"mitigated\"", IncidentJson.WriteEvaluation(mitigated.Evaluate("10:30"), indented: false), StringComparison.Ordinal);
        var unknown = new IncidentRecord("INC-1", "x", T.Of("10:00"));
        Assert.Contains("\"severity\":\"info\"", IncidentJson.WriteEvaluation(unknown.Evaluate("10:00"), indented: false), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_result_gives_the_same_bytes_every_time_and_in_every_culture()
    {
        var expected = IncidentJson.WriteEvaluation(SpecExampleResult());
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "ar-SA", "th-TH", "tr-TR", "fa-IR", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(expected, IncidentJson.WriteEvaluation(SpecExampleResult()));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }

        Assert.DoesNotContain('\r', expected);
        Assert.DoesNotContain('\n', IncidentJson.WriteEvaluation(SpecExampleResult(), indented: false));
    }

    [Fact]
    public void A_result_built_in_code_with_its_lists_left_default_is_written_with_empty_lists()
    {
        var result = SpecExampleResult() with { SeverityHistory = default, Notifications = default, Diagnostics = default };

        using var written = JsonDocument.Parse(IncidentJson.WriteEvaluation(result));

        Assert.Equal(
            [("severityHistory", 0), ("notifications", 0), ("diagnostics", 0)],
            new[] { "severityHistory", "notifications", "diagnostics" }.Select(name => (name, written.RootElement.GetProperty(name).GetArrayLength())));
    }

    [Fact]
    public void A_null_result_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => IncidentJson.WriteEvaluation(null!));
    }
}
