using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Documentation;

/// <summary>The examples of docs/wire-format.md are what the library reads and writes, so the page cannot drift from the code.</summary>
public sealed class WireFormatExampleTests
{
    private static readonly string[] Page = File.ReadAllLines(Repository.PathOf("docs", "wire-format.md"));

    [Fact]
    public void The_incident_record_example_is_read_and_written_back_as_shown()
    {
        var example = JsonBlocks("Incident record").Single();

        var written = IncidentJson.WriteIncident(IncidentJson.ReadIncident(example), indented: false);

        Assert.Equal(JsonText.Minify(example), written);
    }

    [Fact]
    public void The_evaluation_result_example_is_the_output_for_its_sample_byte_for_byte()
    {
        var example = JsonBlocks("Evaluation result").Single();
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));

        var written = IncidentJson.WriteEvaluation(Engines.Default.Evaluate(incident, T.Of("14:30")));

        Assert.Equal(example, written);
    }

    [Fact]
    public void The_simulation_example_is_the_output_for_its_sample_shortened()
    {
        var example = JsonNode.Parse(JsonBlocks("Simulation").Single())!;
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("resolved-too-early.json"));
        var simulation = PolicySimulator.Simulate(Engines.Default, incident, incident.DetectedAt + Duration.FromHours(3));

        var written = JsonNode.Parse(IncidentJson.WriteSimulation(simulation))!;

        foreach (var key in new[] { "incidentId", "from", "until", "evaluatedAt" })
        {
            Assert.True(JsonNode.DeepEquals(written[key], example[key]), $"{key} differs from the output");
        }

        var actions = written["actions"]!.AsArray();
        foreach (var action in example["actions"]!.AsArray())
        {
            Assert.True(actions.Any(a => JsonNode.DeepEquals(a, action)), $"not in the output: {action!.ToJsonString()}");
        }

        foreach (var (key, value) in example["final"]!.AsObject().Where(p => p.Key != "..."))
        {
            Assert.True(JsonNode.DeepEquals(written["final"]![key], value), $"final.{key} differs from the output");
        }
    }

    [Fact]
    public void The_default_policy_example_is_what_PolicyJson_writes()
    {
        var example = JsonBlocks("Policy document")[0];

        Assert.Equal(JsonText.Minify(example), PolicyJson.Write(ResponsePolicy.Default, indented: false));
    }

    [Fact]
    public void The_override_example_is_the_sample_it_names()
    {
        var example = JsonBlocks("Policy document")[1];
        var sample = File.ReadAllText(Repository.PathOf("samples", "policies", "acme-platform.json"));

        Assert.Equal(JsonText.Minify(sample), JsonText.Minify(example));
    }

    /// <summary>The fenced <c>json</c> blocks of one <c>##</c> section of the page, LF line ends.</summary>
    [Fact]
    public void The_checkpoint_example_is_the_checkpoint_of_its_sample_shortened()
    {
        var example = JsonNode.Parse(JsonBlocks("Evaluation checkpoint").Single())!;
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));
        var checkpoint = Engines.Default.EvaluateWithCheckpoint(incident, T.Of("14:40")).Checkpoint!;

        var written = JsonNode.Parse(CheckpointJson.Write(checkpoint))!;

        // The engine's version changes with every build, and the policy's fingerprint with the default policy.
        foreach (var key in new[] { "incidentId", "at", "recordFingerprint", "eventCount", "impact" })
        {
            Assert.True(JsonNode.DeepEquals(written[key], example[key]), $"{key} differs from the output");
        }

        var facts = written["facts"]!.AsArray();
        foreach (var fact in example["facts"]!.AsArray())
        {
            Assert.True(facts.Any(f => JsonNode.DeepEquals(f, fact)), $"not in the output: {fact!.ToJsonString()}");
        }
    }

    private static List<string> JsonBlocks(string section)
    {
        var start = Array.IndexOf(Page, "## " + section);
        Assert.True(start >= 0, $"docs/wire-format.md has no section '## {section}'");
        return MarkdownText.FencedBlocks(Page.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)), "json");
    }
}
